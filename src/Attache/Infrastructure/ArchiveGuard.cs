using System.IO.Compression;

namespace Attache.Infrastructure;

/// <summary>Looks into a zip-based upload (.xlsx, .docx) before anything unpacks it, from its central directory
/// alone. A "zip bomb" — a few megabytes that unpack to gigabytes, like a sheet of a million identical rows — is
/// refused when an entry is larger than a sheet Attaché would ever read, or packed far tighter than real files are.</summary>
public static class ArchiveGuard
{
    /// <summary>The largest entry (unpacked): a sheet of the largest import (5,000 rows) is a few megabytes.</summary>
    public const long MaxEntryBytes = 50L * 1024 * 1024;

    /// <summary>All entries together, unpacked.</summary>
    public const long MaxTotalBytes = 100L * 1024 * 1024;

    /// <summary>Unpacked to packed: office files compress about 5–20 times, identical rows a few hundred times.</summary>
    public const int MaxRatio = 200;

    /// <summary>Entries below this size are never refused for their ratio (a tiny XML part can compress well).</summary>
    private const long SmallEntryBytes = 1024 * 1024;

    private const int MaxEntries = 1000;

    /// <summary>Refuses (400, naming <paramref name="field"/>) an archive that is not one or is out of proportion;
    /// leaves the stream where it was.</summary>
    public static void Check(Stream archive, string field)
    {
        var start = archive.Position;
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Refuse(field, $"The archive has {zip.Entries.Count:N0} parts; a workbook has a few dozen.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.Length / Math.Max(entry.CompressedLength, 1);
                if (entry.Length > MaxEntryBytes || total > MaxTotalBytes || (entry.Length > SmallEntryBytes && ratio > MaxRatio))
                {
                    throw Refuse(field, $"The part {entry.FullName} unpacks to {entry.Length:N0} bytes from {entry.CompressedLength:N0}; "
                        + "that is not a file of this size. Save the sheet again or split it.");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw Refuse(field, "The file is not a readable Excel workbook (.xlsx).");
        }
        finally
        {
            archive.Position = start;
        }
    }

    private static ProblemException Refuse(string field, string message) => ProblemException.Validation(field, message);
}
