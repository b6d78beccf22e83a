namespace Attache.Infrastructure;

/// <summary>A word inside a translatable refusal (the kind of record, "delegation"): <see cref="Key"/> is its
/// resource key, <see cref="English"/> what the API says.</summary>
public sealed record Term(string Key, string English)
{
    public override string ToString() => English;
}
