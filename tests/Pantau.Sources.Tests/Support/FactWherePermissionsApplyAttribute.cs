using System.Runtime.Versioning;

namespace Pantau.Sources.Tests.Support;

/// <summary>
/// A fact that needs file permissions to stop reading. Root (as in CI here) reads a chmod 000 file anyway,
/// so the test is skipped, with the reason shown, when a probe file with mode 000 can still be read.
/// The symbolic-link rows in <see cref="ErrorKindTests"/> cover unreadable entries for root.
/// </summary>
public sealed class FactWherePermissionsApplyAttribute : FactAttribute
{
    public FactWherePermissionsApplyAttribute()
    {
        if (OperatingSystem.IsWindows() || CanReadModeZeroFile())
        {
            Skip = "this process reads files with mode 000 (it runs as root), so chmod cannot make a file unreadable";
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static bool CanReadModeZeroFile()
    {
        var probe = Path.Combine(Path.GetTempPath(), $"pantau-permission-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "probe");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            using var stream = File.OpenRead(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}
