namespace Attache.Infrastructure;

/// <summary>What every stored record has: an id, when it was made and last changed, and a version that
/// guards against two people saving over each other.</summary>
public abstract class Entity
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Concurrency token, raised by one on every save; an update naming an older version is refused.</summary>
    public int Version { get; set; }
}

/// <summary>A record that belongs to one province (tenant) and is invisible to the others.</summary>
public interface IProvinceOwned
{
    int ProvinceId { get; set; }
}

public abstract class ProvinceEntity : Entity, IProvinceOwned
{
    public int ProvinceId { get; set; }
    public Provinces.Province? Province { get; set; }
}

/// <summary>A record found by free-text search; <see cref="SearchText"/> is kept folded (lower case, no
/// diacritics) so that "Cao Bang" finds "Cao Bằng" on every database.</summary>
public interface ISearchable
{
    string SearchText { get; set; }

    IEnumerable<string?> SearchTerms();
}

/// <summary>A record whose changes belong to the history of another one (a contact to its partner).</summary>
public interface IAuditChild
{
    (string Entity, int Id) AuditParent { get; }
}
