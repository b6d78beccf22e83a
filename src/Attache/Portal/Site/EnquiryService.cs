using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

/// <summary>What a visitor writes in the contact form. Checked by <see cref="Errors"/> in the page's language (every
/// error at once, keyed by field), not by data annotations: the public sees no English message on a German page.
/// <see cref="Website"/> is the honeypot: a person leaves it empty, a robot fills it.</summary>
public sealed class ContactInput
{
    public const int NameLength = 200;
    public const int SubjectLength = 300;
    public const int MessageLength = 5000;

    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Email { get; set; }
    public string? Country { get; set; }
    public string? Subject { get; set; }
    public string? Message { get; set; }
    public string? Website { get; set; }

    public bool IsRobot => !string.IsNullOrEmpty(Website);

    public static ContactInput From(IFormCollection form) => new()
    {
        Kind = form["kind"], Name = form["name"], Organisation = form["organisation"], Email = form["email"],
        Country = form["country"], Subject = form["subject"], Message = form["message"], Website = form["website"],
    };

    /// <summary>The field names (as the form posts them) with what is wrong, in the page's language.</summary>
    public Dictionary<string, string> Errors(string lang)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Need(string field, string? value, int length)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = PortalText.Get(lang, "Please fill in this field.");
            }
            else if (value.Trim().Length > length)
            {
                errors[field] = PortalText.Format(lang, "Please write at most {0} characters.", length);
            }
        }

        if (!Enum.TryParse<EnquiryKind>(Kind, ignoreCase: false, out _) || int.TryParse(Kind, out _))
        {
            errors["kind"] = PortalText.Get(lang, "Please choose what your message is about.");
        }

        Need("name", Name, NameLength);
        Need("email", Email, 256);
        if (!errors.ContainsKey("email") && !IsEmail(Email!.Trim()))
        {
            errors["email"] = PortalText.Get(lang, "Please give a valid e-mail address.");
        }

        if (Organisation?.Trim().Length > 300)
        {
            errors["organisation"] = PortalText.Format(lang, "Please write at most {0} characters.", 300);
        }

        if (!string.IsNullOrEmpty(Country) && !Countries.IsKnown(Country))
        {
            errors["country"] = PortalText.Get(lang, "Please choose a country from the list.");
        }

        Need("subject", Subject, SubjectLength);
        Need("message", Message, MessageLength);
        return errors;
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.');
}

public sealed record EnquiryRow(int Id, EnquiryKind Kind, string Name, string? Organisation, string? CountryCode,
    string Lang, string Subject, EnquiryStatus Status, DateTime ReceivedAt, string? AssignedToId);

public sealed record EnquiryDto(int Id, EnquiryKind Kind, string Name, string? Organisation, string Email,
    string? CountryCode, string Lang, string Subject, string Message, EnquiryStatus Status, DateTime ReceivedAt,
    string? AssignedToId, string? AssignedToName, string? Notes, IReadOnlyList<EnquiryStatus> Allowed, int Version);

public sealed class EnquiryQuery : PageRequest
{
    public EnquiryStatus? Status { get; set; }
    public string? Search { get; set; }
}

/// <summary>How the department follows an enquiry: its status (a move <see cref="EnquiryService.Lifecycle"/>
/// allows), its notes and the officer following it.</summary>
public sealed class EnquiryUpdate
{
    [Required(ErrorMessage = Messages.Required)]
    public EnquiryStatus? Status { get; set; }

    [MaxLength(4000, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(450, ErrorMessage = Messages.TooLong)]
    public string? AssignedToId { get; set; }

    [Required(ErrorMessage = Messages.VersionRequired)]
    public int? Version { get; set; }
}

/// <summary>Enquiries from the portal's contact form: stored with the province the site belongs to, told to the
/// province's officers, editors and leaders, then followed by the staff.</summary>
public sealed class EnquiryService(AttacheDb db, Notifier notifier) : IFeatureService
{
    public static readonly Lifecycle<EnquiryStatus> Lifecycle = new(
        new Term("RecordNoun.Enquiry", "enquiry"),
        new Dictionary<EnquiryStatus, EnquiryStatus[]>
        {
            [EnquiryStatus.New] = [EnquiryStatus.InProgress, EnquiryStatus.Closed],
            [EnquiryStatus.InProgress] = [EnquiryStatus.Answered, EnquiryStatus.Closed],
            [EnquiryStatus.Answered] = [EnquiryStatus.InProgress, EnquiryStatus.Closed],
            [EnquiryStatus.Closed] = [],
        });

    /// <summary>Stores a checked enquiry of the site's province (the tenant <see cref="PortalSites"/> narrowed) and
    /// queues a notification to each officer, editor and leader of it.</summary>
    public async Task<Enquiry> SubmitAsync(ContactInput input, PortalSite site, string lang, string clientHash,
        CancellationToken ct)
    {
        var enquiry = new Enquiry
        {
            ProvinceId = site.ProvinceId,
            Kind = Enum.Parse<EnquiryKind>(input.Kind!),
            Name = input.Name!.Trim(),
            Organisation = PortalInput.Clean(input.Organisation),
            Email = input.Email!.Trim(),
            CountryCode = PortalInput.Clean(input.Country),
            Lang = lang,
            Subject = input.Subject!.Trim(),
            Message = input.Message!.Trim(),
            Status = EnquiryStatus.New,
            ReceivedAt = db.Clock.GetUtcNow().UtcDateTime,
            ClientHash = clientHash,
        };
        db.Add(enquiry);
        await db.SaveChangesAsync(ct);

        var recipients = new List<string>();
        foreach (var role in new[] { Roles.Officer, Roles.Editor, Roles.Leader })
        {
            recipients.AddRange(await Notifications.ReminderAudience.InRoleAsync(db, site.ProvinceId, role, ct));
        }

        foreach (var recipient in recipients.Distinct())
        {
            await notifier.QueueAsync(new NotificationDraft(site.ProvinceId, recipient,
                NotificationKinds.EnquiryReceived, "Enquiry from the portal: {0}", "{0} ({1}) wrote from the portal: {2}",
                [enquiry.Subject, enquiry.Name, enquiry.Kind.ToString()], $"/portal/enquiries/{enquiry.Id}",
                $"enquiry:{enquiry.Id}"), ct);
        }

        await db.SaveChangesAsync(ct);
        return enquiry;
    }

    public async Task<Paged<EnquiryRow>> ListAsync(EnquiryQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<Enquiry>().AsNoTracking();
        if (q.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(e => e.SearchText.Contains(term));
        }

        return await query.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.Id)
            .Select(e => new EnquiryRow(e.Id, e.Kind, e.Name, e.Organisation, e.CountryCode, e.Lang, e.Subject,
                e.Status, e.ReceivedAt, e.AssignedToId))
            .ToPageAsync(q, ct);
    }

    public async Task<EnquiryDto?> GetAsync(int id, CancellationToken ct)
    {
        var e = await db.Set<Enquiry>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var assignee = e.AssignedToId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == e.AssignedToId).Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(ct);
        return new EnquiryDto(e.Id, e.Kind, e.Name, e.Organisation, e.Email, e.CountryCode, e.Lang, e.Subject,
            e.Message, e.Status, e.ReceivedAt, e.AssignedToId, assignee, e.Notes, Lifecycle.Allowed(e.Status),
            e.Version);
    }

    /// <summary>The province's users who may follow enquiries (officers, editors, leaders), by name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AssigneesAsync(CancellationToken ct)
    {
        var province = db.Tenant.RequireProvince();
        var ids = new HashSet<string>();
        foreach (var role in new[] { Roles.Officer, Roles.Editor, Roles.Leader })
        {
            ids.UnionWith(await Notifications.ReminderAudience.InRoleAsync(db, province, role, ct));
        }

        return (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id }).ToListAsync(ct))
            .OrderBy(u => u.Name, StringComparer.Ordinal).Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>Moves the enquiry (a move the lifecycle allows; the same status keeps it), sets its notes and its
    /// officer. 404 outside the province, 409 on a stale version or a refused move.</summary>
    public async Task<EnquiryDto> UpdateAsync(int id, EnquiryUpdate input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var enquiry = await db.Set<Enquiry>().FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", $"There is no enquiry {id}.");
        db.CheckVersion(enquiry, input.Version);
        if (input.Status != enquiry.Status)
        {
            Lifecycle.Check(enquiry.Status, input.Status!.Value, mayApprove: false);
            enquiry.Status = input.Status!.Value;
        }

        var assignee = PortalInput.Clean(input.AssignedToId);
        if (assignee is not null && assignee != enquiry.AssignedToId
            && (await AssigneesAsync(ct)).All(a => a.Id != assignee))
        {
            throw InputValidation.Error("assignedToId",
                "Assign an officer, editor or leader of the province.");
        }

        enquiry.AssignedToId = assignee;
        enquiry.Notes = PortalInput.Clean(input.Notes);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }
}
