using Attache.Provinces;
using Microsoft.AspNetCore.Identity;

namespace Attache.Accounts;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The province a province role (Officer, Leader, Viewer) works in; empty for national roles.</summary>
    public int? ProvinceId { get; set; }
    public Province? Province { get; set; }

    /// <summary>Secret part of the personal calendar-feed address; changing it revokes old subscriptions.</summary>
    public string CalendarToken { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>"vi" or "en": the language of the mail and notifications this person receives.</summary>
    public string Language { get; set; } = "vi";
}

public static class Roles
{
    public const string Officer = nameof(Officer);
    public const string Leader = nameof(Leader);
    public const string Viewer = nameof(Viewer);
    public const string NationalViewer = nameof(NationalViewer);
    public const string Admin = nameof(Admin);

    /// <summary>The officer of the consular desk: sees the persons named in consular records (Decree 13/2023).</summary>
    public const string ConsularOfficer = nameof(ConsularOfficer);

    /// <summary>Writes the articles of the public portal and moderates its comments; a Leader publishes.</summary>
    public const string Editor = nameof(Editor);

    public static readonly string[] All = [Officer, Leader, Viewer, NationalViewer, Admin, ConsularOfficer, Editor];

    /// <summary>Roles that work across provinces and name one with ?province= when they need to.</summary>
    public static readonly string[] National = [NationalViewer, Admin];
}

public static class Policies
{
    public const string Read = nameof(Read);
    public const string Edit = nameof(Edit);
    public const string Approve = nameof(Approve);
    public const string Admin = nameof(Admin);

    /// <summary>Works across provinces (the national view) and names one with ?province=.</summary>
    public const string National = nameof(National);

    /// <summary>Sees people by name (seasonal workers): the province's officers and leaders, not the administrator.</summary>
    public const string SeeNames = nameof(SeeNames);

    /// <summary>Sees the identities of persons in consular records (foreigners in incidents and visits, citizens in
    /// protection cases and handovers, applicants of dossiers): the consular officers and the leaders of the province.
    /// Everyone else sees counts and anonymised lists.</summary>
    public const string SeePersons = nameof(SeePersons);

    /// <summary>Writes portal articles, profiles and opportunities and moderates comments: editors and leaders.
    /// Publishing is a decision (<see cref="Approve"/>).</summary>
    public const string Write = nameof(Write);

    /// <summary>Follows the enquiries sent through the portal's contact form: officers, editors and leaders.</summary>
    public const string Enquiries = nameof(Enquiries);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder b) => b
        .AddPolicy(Read, p => p.RequireRole(Roles.All))
        .AddPolicy(Edit, p => p.RequireRole(Roles.Officer, Roles.Leader, Roles.Admin, Roles.ConsularOfficer))
        .AddPolicy(Approve, p => p.RequireRole(Roles.Leader, Roles.Admin))
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        .AddPolicy(National, p => p.RequireRole(Roles.National))
        .AddPolicy(SeeNames, p => p.RequireRole(Roles.Officer, Roles.Leader, Roles.ConsularOfficer))
        .AddPolicy(SeePersons, p => p.RequireRole(Roles.ConsularOfficer, Roles.Leader))
        .AddPolicy(Write, p => p.RequireRole(Roles.Editor, Roles.Leader))
        .AddPolicy(Enquiries, p => p.RequireRole(Roles.Officer, Roles.Editor, Roles.Leader));
}

public static class AttacheClaims
{
    public const string Province = "attache:province";
}
