using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Aid.Iati;

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
    Skip,
}

/// <summary>What the import does with one activity and why. <see cref="Reason"/> is the English text of the API; the
/// page
/// translates <see cref="ReasonTemplate"/> and fills in <see cref="ReasonArgs"/>.</summary>
public sealed record ImportLine(int Index, string Identifier, ImportAction Action, string? Title, string? Reason)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReasonTemplate { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public object[] ReasonArgs { get; init; } = [];

    public static ImportLine Because(int index, string identifier, ImportAction action, string? title, string? template,
        params object[] args) =>
        new(index, identifier, action, title, template is null ? null : string.Format(CultureInfo.InvariantCulture,
            template, args))
        {
            ReasonTemplate = template,
            ReasonArgs = args,
        };
}

public sealed record IatiImportResult(bool Confirmed, int Created, int Updated, int Unchanged, int Skipped,
    IReadOnlyList<ImportLine> Activities);

public sealed class IatiOptions
{
    public const string Section = "Attache:Iati";

    /// <summary>The largest activity file the import takes.</summary>
    [System.ComponentModel.DataAnnotations.Range(1024, 200L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(2);

    /// <summary>The longest an import (reading, checking and saving) may run before it is stopped with nothing
    /// saved.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TimeLimit { get; set; } = DefaultTimeLimit;
}

/// <summary>Imports donors' IATI activity files into the current province: a preview first, then (confirmed) all of
/// it in one save, matched by IATI identifier so that the same file twice changes nothing.</summary>
public sealed class IatiImportService(AttacheDb db, IOptions<IatiOptions> options) : IFeatureService
{
    private static readonly JsonSerializerOptions Fingerprinting = new() { IncludeFields = true };

    /// <summary>Reads at most <paramref name="maxBytes"/>; a larger file is refused before it is parsed.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream body, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw ProblemException.Validation("file",
                    $"The file is larger than the limit of {maxBytes:N0} bytes; split it or ask the administrator.");
            }
        }

        if (buffer.Length == 0)
        {
            throw ProblemException.Validation("file",
                "The file is empty; send an IATI activity file (application/xml or a multipart field 'file').");
        }

        return buffer.ToArray();
    }

    /// <summary>Previews or (confirmed) imports a file; a file that takes longer than the configured
    /// <see cref="IatiOptions.TimeLimit"/> is stopped and refused, with nothing saved.</summary>
    public async Task<IatiImportResult> RunAsync(byte[] content, bool confirm, CancellationToken ct)
    {
        var limit = options.Value.TimeLimit;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        try
        {
            return await RunWithinAsync(content, confirm, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw ProblemException.Validation("file",
                $"The import took longer than {limit.TotalSeconds:N0} seconds and was "
                + "stopped; nothing was imported. Split the file into smaller ones.");
        }
    }

    private async Task<IatiImportResult> RunWithinAsync(byte[] content, bool confirm, CancellationToken ct)
    {
        var provinceId = db.Tenant.ProvinceId ?? throw ProblemException.Validation("province",
            "Name the province to import into with ?province=<ISO 3166-2 code>, e.g. ?province=VN-04.");
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == provinceId, ct);
        var read = IatiActivityReader.Read(content, province.Code, [province.NameVi, province.NameEn], ct);

        var identifiers = read.Where(r => r.Activity is not null).Select(r => r.Identifier).ToList();
        var existing = await db.Set<AidProject>().Where(p => identifiers.Contains(p.Identifier))
            .Include(p => p.Participants).Include(p => p.Sectors).Include(p => p.Locations).Include(p => p.Budgets)
                .Include(p => p.Transactions)
            .AsSplitQuery().ToDictionaryAsync(p => p.Identifier, ct);
        var organisations = new OrganisationBook(db, province.Code);

        var lines = new List<ImportLine>();
        foreach (var r in read)
        {
            if (r.Activity is not { } a)
            {
                lines.Add(ImportLine.Because(r.Index, r.Identifier, ImportAction.Skip, null, r.SkipReason, r.SkipArgs
                    ?? []));
                continue;
            }

            var fingerprint = Convert.ToHexStringLower(
                SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(a, Fingerprinting))));
            var title = a.TitleVi ?? a.TitleEn;
            if (existing.TryGetValue(a.Identifier, out var project) && project.IatiFingerprint == fingerprint)
            {
                lines.Add(ImportLine.Because(r.Index, a.Identifier, ImportAction.Unchanged, title,
                    "Already imported from the same data; nothing changes."));
                continue;
            }

            var action = project is null ? ImportAction.Create : ImportAction.Update;
            lines.Add(project is null
                ? ImportLine.Because(r.Index, a.Identifier, action, title, "New project with {0} transactions.",
                    a.Transactions.Count)
                : ImportLine.Because(r.Index, a.Identifier, action, title,
                    "The file differs from project {0}; its data and {1} transactions replace the project's.",
                    project.Id, a.Transactions.Count));
            if (confirm)
            {
                if (project is null)
                {
                    project = new AidProject { Identifier = a.Identifier, ProvinceId = provinceId };
                    db.Add(project);
                }

                await ApplyAsync(project, a, fingerprint, organisations, ct);
            }
        }

        if (confirm)
        {
            // One SaveChanges: the projects, their new partners and the audit rows land together or not at all.
            await db.SaveChangesAsync(ct);
        }

        return new IatiImportResult(confirm, lines.Count(l => l.Action == ImportAction.Create),
            lines.Count(l => l.Action == ImportAction.Update), lines.Count(l => l.Action == ImportAction.Unchanged),
            lines.Count(l => l.Action == ImportAction.Skip), lines);
    }

    private static async Task ApplyAsync(AidProject p, ParsedActivity a, string fingerprint, OrganisationBook orgs,
        CancellationToken ct)
    {
        p.TitleVi = a.TitleVi;
        p.TitleEn = a.TitleEn ?? (a.TitleVi is null ? a.Identifier : null);
        p.DescriptionVi = a.DescriptionVi;
        p.DescriptionEn = a.DescriptionEn;
        p.Kind = a.Kind;
        p.Status = a.Status;
        p.PlannedStart = a.PlannedStart;
        p.ActualStart = a.ActualStart;
        p.PlannedEnd = a.PlannedEnd;
        p.ActualEnd = a.ActualEnd;
        p.DefaultCurrency = a.DefaultCurrency;
        p.IatiFingerprint = fingerprint;

        var participants = new List<AidParticipant>();
        foreach (var o in a.Orgs.Where(o => o.Ref != IatiExport.DepartmentRef(orgs.ProvinceCode)))
        {
            var partner = await orgs.FindOrCreateAsync(o.Ref, o.Name, o.Type, ct);
            if (!participants.Any(x => x.Partner == partner && x.Role == o.Role))
            {
                participants.Add(new AidParticipant
                {
                    Partner = partner, PartnerId = partner.Id, Role = o.Role,
                    OrganisationRef = o.Ref, OrganisationType = o.Type, ProvinceId = p.ProvinceId
                });
            }
        }

        AidService.Replace(p.Participants, participants, (x, y) => x.PartnerId == y.PartnerId && x.PartnerId != 0
            && x.Role == y.Role
            && x.OrganisationRef == y.OrganisationRef && x.OrganisationType == y.OrganisationType);
        AidService.Replace(p.Sectors, a.Sectors.Select(s => new AidSector
        {
            Code = s.Code, Percentage = s.Percentage,
            ProvinceId = p.ProvinceId
        }), (x, y) => x.Code == y.Code && x.Percentage == y.Percentage);
        AidService.Replace(p.Locations, a.Locations.Select(l => new AidLocation
        {
            Commune = l.Commune,
            Latitude = l.Latitude, Longitude = l.Longitude, ProvinceId = p.ProvinceId
        }),
            (x, y) => x.Commune == y.Commune && x.Latitude == y.Latitude && x.Longitude == y.Longitude);
        AidService.Replace(p.Budgets, a.Budgets.Select(b => new AidBudget
        {
            PeriodStart = b.Start, PeriodEnd = b.End,
            Value = b.Value, Currency = b.Currency, Revised = b.Revised, ProvinceId = p.ProvinceId
        }),
            (x, y) => x.PeriodStart == y.PeriodStart && x.PeriodEnd == y.PeriodEnd && x.Value == y.Value
            && x.Currency == y.Currency && x.Revised == y.Revised);

        var transactions = new List<AidTransaction>();
        foreach (var t in a.Transactions)
        {
            var provider = t.ProviderRef is null
                && t.ProviderName is null ? null : await orgs.FindOrCreateAsync(t.ProviderRef, t.ProviderName, null,
                ct);
            transactions.Add(new AidTransaction
            {
                Type = t.Type, Date = t.Date, ValueDate = t.ValueDate, Value = t.Value, Currency = t.Currency,
                Description = Cut(t.Description, 1000),
                ProviderPartner = provider, ProviderPartnerId = provider?.Id, ProviderName = Cut(t.ProviderName, 300),
                ProviderRef = Cut(t.ProviderRef, 100),
                ReceiverName = Cut(t.ReceiverName, 300), ReceiverRef = Cut(t.ReceiverRef, 100),
                ProvinceId = p.ProvinceId,
            });
        }

        AidService.Replace(p.Transactions, transactions, (x, y) => x.Type == y.Type && x.Date == y.Date
            && x.ValueDate == y.ValueDate
            && x.Value == y.Value && x.Currency == y.Currency && x.Description == y.Description
                && x.ProviderRef == y.ProviderRef
            && x.ProviderName == y.ProviderName && x.ReceiverName == y.ReceiverName && x.ReceiverRef == y.ReceiverRef);
    }

    private static string? Cut(string? text, int length) => text is null
        || text.Length <= length ? text : text[..length];

    /// <summary>Finds the partner an IATI organisation is: by the identifier it was seen with before, then by name;
    /// creates it otherwise (in the same save).</summary>
    private sealed class OrganisationBook(AttacheDb db, string provinceCode)
    {
        private readonly Dictionary<string, Partner> seen = new(StringComparer.OrdinalIgnoreCase);

        public string ProvinceCode => provinceCode;

        public async Task<Partner> FindOrCreateAsync(string? reference, string? name, string? type,
            CancellationToken ct)
        {
            var key = reference ?? "name:" + name;
            if (seen.TryGetValue(key, out var known))
            {
                return known;
            }

            Partner? partner = null;
            if (reference is not null)
            {
                var id = await db.Set<AidParticipant>().Where(x => x.OrganisationRef == reference)
                    .Select(x => (int?)x.PartnerId).FirstOrDefaultAsync(ct)
                    ?? await db.Set<AidTransaction>().Where(x => x.ProviderRef == reference
                        && x.ProviderPartnerId != null).Select(x => x.ProviderPartnerId).FirstOrDefaultAsync(ct);
                partner = id is null ? null : await db.Set<Partner>().FirstOrDefaultAsync(x => x.Id == id, ct);
            }

            var latin = Cut(name ?? reference, PartnerInput.NameLength)!;
            partner ??= await db.Set<Partner>().FirstOrDefaultAsync(x => x.NameLatin == latin, ct);
            if (partner is null)
            {
                partner = new Partner
                {
                    NameLatin = latin, Kind = KindOf(type), Country = CountryOf(reference),
                    Tags = ["IATI"]
                };
                db.Add(partner);
            }

            seen[key] = partner;
            return partner;
        }

        private static PartnerKind KindOf(string? type) => type switch
        {
            "10" => PartnerKind.Embassy,
            "11" => PartnerKind.ForeignLocality,
            "21" or "22" or "23" or "24" or "60" => PartnerKind.Ngo,
            "40" => PartnerKind.InternationalOrganisation,
            "70" or "71" or "72" or "73" => PartnerKind.Enterprise,
            "80" => PartnerKind.University,
            _ => PartnerKind.Other,
        };

        /// <summary>IATI organisation identifiers start with the registering country (GB-CHC-…); multilaterals use
        /// XM/XI,
        /// which are no country: those get XX until someone sets it.</summary>
        private static string CountryOf(string? reference)
        {
            var prefix = reference?.Split('-')[0].ToUpperInvariant();
            if (prefix is { Length: 2 } && prefix.All(char.IsAsciiLetterUpper) && prefix is not ("XM" or "XI" or "XX"))
            {
                try
                {
                    return new RegionInfo(prefix).TwoLetterISORegionName == prefix ? prefix : "XX";
                }
                catch (ArgumentException)
                {
                    return "XX";
                }
            }

            return "XX";
        }
    }
}
