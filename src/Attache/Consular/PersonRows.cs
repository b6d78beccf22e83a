namespace Attache.Consular;

/// <summary>The rows of persons an edit form posts back: a row left empty is no person (it removes one).</summary>
public static class PersonRows
{
    public static bool IsEmpty(PersonInput p) => string.IsNullOrWhiteSpace(p.FullName)
        && string.IsNullOrWhiteSpace(p.IdentityNumber) && p.BirthYear is null && string.IsNullOrWhiteSpace(p.Contact)
        && string.IsNullOrWhiteSpace(p.Note);
}
