using System.Globalization;
using Pantau.Numbers;

namespace Pantau.Tests;

/// <summary>Claims written as short comparable strings, the same way for every test.</summary>
internal static class ClaimText
{
    /// <summary>"approx=True,value=11000", fields in the order the scorer's JSON sorts them; "-" for no figure.</summary>
    public static string Figure(Quantity? q)
    {
        if (q is null)
            return "-";
        var parts = new List<string>();
        if (q.Approx) parts.Add("approx=True");
        if (q.Max is { } max) parts.Add($"max={max.ToString(CultureInfo.InvariantCulture)}");
        if (q.Min is { } min) parts.Add($"min={min.ToString(CultureInfo.InvariantCulture)}");
        if (q.Unit is { } unit) parts.Add($"unit={unit}");
        if (q.Value is { } value) parts.Add($"value={value.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(",", parts);
    }
}
