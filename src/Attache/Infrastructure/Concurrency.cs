using System.Globalization;
using System.Text;

namespace Attache.Infrastructure;

/// <summary>Optimistic concurrency, once for every record: an update names the version it read, and a newer
/// version in the database means someone else saved in between (409, one wording everywhere).</summary>
public static class Concurrency
{
    /// <summary>The English refusal; the pages show <see cref="Messages.Stale"/> in the reader's language.</summary>
    public const string StaleDetail =
        "The record was changed by someone else (version {0}, yours {1}). Reload it and apply your change again.";

    private static readonly CompositeFormat StaleFormat = CompositeFormat.Parse(StaleDetail);

    /// <summary>Refuses a missing <paramref name="version"/> (400 naming "version") when it is
    /// <paramref name="required"/>, a stale one with 409; otherwise makes the save check it in the database too, so
    /// that a write slipping in between this check and the save is refused as well.</summary>
    public static void CheckVersion<T>(this AttacheDb db, T entity, int? version, bool required = true)
        where T : Entity
    {
        if (version is not { } given)
        {
            if (required)
            {
                throw InputValidation.Error("version", Messages.VersionRequired);
            }

            return;
        }

        if (given != entity.Version)
        {
            throw ProblemException.Stale(
                string.Format(CultureInfo.InvariantCulture, StaleFormat, entity.Version, given));
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = given;
    }
}
