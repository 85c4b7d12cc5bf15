using System.Collections.Concurrent;
using System.Text;

namespace Pantau.Store.Ingest;

/// <summary>Enum values as every Pantau output names them: "RocketLaunchers" is "rocket_launchers".</summary>
public static class EnumNames
{
    // An ingest names five values of a handful of enums for every claim it stores: each name is made once.
    private static class Known<T> where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<T, string> Names = new();
    }

    public static string Of<T>(T value) where T : struct, Enum => Known<T>.Names.GetOrAdd(value, Name);

    private static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
