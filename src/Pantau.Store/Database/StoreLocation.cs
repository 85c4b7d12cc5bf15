using Npgsql;

namespace Pantau.Store.Database;

public enum StoreKind { Sqlite, Postgres }

/// <summary>
/// Where the claims live, from the <c>--db</c> value: a connection string starting with
/// <c>Host=</c>, or a <c>postgres://</c> / <c>postgresql://</c> URL, is PostgreSQL; anything else
/// is the path of a SQLite file. <see cref="DisplayName"/> is what messages call it: the path as
/// given, or "postgres host:port/database" (never the password).
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string ConnectionString, string DisplayName)
{
    public const string DefaultPath = "pantau.db";

    public static StoreLocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            throw new StoreException(StoreErrorKind.BadConnection, "--db is empty: give a file path or a PostgreSQL connection string");
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return Postgres(FromUrl(trimmed));
        if (trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
            return Postgres(trimmed);
        return new StoreLocation(StoreKind.Sqlite, value, value);
    }

    private static StoreLocation Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(StoreErrorKind.BadConnection, $"bad PostgreSQL connection string: {FirstLine(e.Message)}", e);
        }
        var display = $"postgres {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        return new StoreLocation(StoreKind.Postgres, builder.ConnectionString, display);
    }

    /// <summary>postgres://user:password@host:port/database?key=value → Npgsql keywords.</summary>
    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException(StoreErrorKind.BadConnection, $"bad PostgreSQL URL '{Redacted(url)}'");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
            builder.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException e)
            {
                throw new StoreException(StoreErrorKind.BadConnection, $"bad PostgreSQL URL parameter '{kv[0]}': {FirstLine(e.Message)}", e);
            }
        }
        return builder.ConnectionString;
    }

    private static string Redacted(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':') ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***") : url;

    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
