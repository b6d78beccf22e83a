namespace Attache.Tests.Infrastructure;

/// <summary>Where tests leave files for people to look at: artifacts/ under the repository root.</summary>
public static class Artifacts
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts");
        }
    }

    public static string Save(string name, byte[] bytes, string folder = "reports")
    {
        var path = Path.Combine(Root, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
