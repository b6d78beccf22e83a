namespace Attache.Tests.Infrastructure;

/// <summary>The house checks itself (issue 11): rules read from the repository's own files, no app needed.</summary>
public sealed class HouseRulesTests
{
    private const int MaxLineLength = 120;
    private const double MaxLongLineShare = 0.02;

    private static readonly string[] Roots = ["src", "tests", "bench"];
    private static readonly string[] Extensions = [".cs", ".razor"];

    /// <summary>The hand-written code: C# and Razor under src, tests and bench; generated migrations and build
    /// output left out.</summary>
    private static IEnumerable<string> HandWrittenFiles()
    {
        var repository = RepositoryRoot();
        string[] generated = ["Migrations", "bin", "obj"];
        return Roots.Select(root => Path.Combine(repository, root)).Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            .Where(file => !Path.GetRelativePath(repository, file).Split(Path.DirectorySeparatorChar)
                .Any(part => generated.Contains(part, StringComparer.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Attache.slnx not found above the test's folder.");
    }

    [Fact]
    public void Lines_over_120_characters_are_under_2_percent_of_the_hand_written_code()
    {
        var files = HandWrittenFiles().ToList();
        Assert.NotEmpty(files);
        var lines = 0;
        var longLines = 0;
        var worst = new List<(string File, int Count)>();
        foreach (var file in files)
        {
            var text = File.ReadAllLines(file);
            var count = text.Count(line => line.Length > MaxLineLength);
            lines += text.Length;
            longLines += count;
            if (count > 0)
            {
                worst.Add((file, count));
            }
        }

        var share = (double)longLines / lines;
        var root = RepositoryRoot();
        var most = string.Join(", ", worst.OrderByDescending(w => w.Count).Take(10)
            .Select(w => $"{Path.GetRelativePath(root, w.File)} ({w.Count})"));
        Assert.True(share < MaxLongLineShare,
            $"{longLines} of {lines} lines ({share:P2}) are over {MaxLineLength} characters; at most "
            + $"{MaxLongLineShare:P0} may be. Most in: {most}");
    }
}
