using System.Globalization;
using System.Text.Json;

namespace Attache.Reports.Signing;

/// <summary>A summary JSON flattened to its leaves, each under a path such as <c>delegations.inbound.count</c>, so
/// that two summaries can be compared without knowing their shape. An array of objects is indexed by the first
/// member of its items when that member tells them apart (<c>delegations.byCountry[CN].inbound</c>,
/// <c>delegations.perYear[2021].outbound</c>): a country added since signing then shifts no other figure.</summary>
public static class SummaryPaths
{
    /// <summary>Members that describe the making of the summary, not its figures, or that list the records
    /// behind the figures rather than being figures themselves.</summary>
    private static readonly HashSet<string> NotFigures = new(StringComparer.Ordinal) { "generatedAt", "records",
        "drillThrough" };

    /// <summary>Every leaf (number, text, true/false, null) of the JSON except those of <see
    /// cref="NotFigures"/>.</summary>
    public static Dictionary<string, JsonElement> Leaves(JsonElement root)
    {
        var leaves = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Walk(root, "", leaves);
        return leaves;
    }

    /// <summary>The numbers that differ between a signed summary and the live one, in the order of the live one
    /// (then those only the signed one has). A number that is missing on one side is null there.</summary>
    public static List<SummaryDifference> Differences(JsonElement atSigning, JsonElement live)
    {
        var before = Leaves(atSigning);
        var now = Leaves(live);
        var differences = new List<SummaryDifference>();
        foreach (var (path, value) in now)
        {
            var old = before.GetValueOrDefault(path);
            if (IsNumber(value) || IsNumber(old))
            {
                var (a, b) = (Number(old), Number(value));
                if (a != b)
                {
                    differences.Add(new SummaryDifference(path, a, b));
                }
            }
        }

        differences.AddRange(before.Where(p => !now.ContainsKey(p.Key) && IsNumber(p.Value))
            .Select(p => new SummaryDifference(p.Key, Number(p.Value), null)));
        return differences;
    }

    /// <summary>True when two summaries hold the same leaves, whatever their making time.</summary>
    public static bool SameFigures(JsonElement a, JsonElement b)
    {
        var (x, y) = (Leaves(a), Leaves(b));
        return x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other)
            && p.Value.GetRawText() == other.GetRawText());
    }

    private static bool IsNumber(JsonElement e) => e.ValueKind == JsonValueKind.Number;

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;

    private static void Walk(JsonElement e, string path, Dictionary<string, JsonElement> leaves)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in e.EnumerateObject())
                {
                    if (!NotFigures.Contains(member.Name))
                    {
                        Walk(member.Value, path.Length == 0 ? member.Name : $"{path}.{member.Name}", leaves);
                    }
                }

                break;
            case JsonValueKind.Array:
                var items = e.EnumerateArray().ToList();
                var keys = items.Select(Identity).ToList();
                var keyed = keys.All(k => k is not null) && keys.Distinct(StringComparer.Ordinal).Count() == keys.Count;
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if (keyed)
                    {
                        // The identifying member is the index now; it is not a figure of its own.
                        foreach (var member in item.EnumerateObject().Skip(1))
                        {
                            Walk(member.Value, $"{path}[{keys[i]}].{member.Name}", leaves);
                        }
                    }
                    else
                    {
                        Walk(item, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", leaves);
                    }
                }

                break;
            default:
                leaves[path] = e;
                break;
        }
    }

    /// <summary>An array item's first member, when it is a text or a whole number (a code, a year).</summary>
    private static string? Identity(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        using var members = item.EnumerateObject();
        if (!members.MoveNext())
        {
            return null;
        }

        var first = members.Current.Value;
        return first.ValueKind switch
        {
            JsonValueKind.String => first.GetString(),
            JsonValueKind.Number when first.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}

/// <param name="Path">Where the figure is in the summary JSON, e.g. <c>delegations.inbound.count</c>.</param>
/// <param name="AtSigning">The figure in the signed summary; null when it had none.</param>
/// <param name="Live">The figure the records give now; null when there is none any more.</param>
public sealed record SummaryDifference(string Path, decimal? AtSigning, decimal? Live);
