using System.Net;
using System.Text.Json;
using Attache.Notifications;
using Attache.Portal;
using Attache.Portal.Site;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.PortalSite;

/// <summary>The province's public site: profile, investors, released figures, contact form and enquiries.</summary>
public sealed class PortalSiteTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly SemaphoreSlim ProfileLock = new(1, 1);

    private async Task<HttpClient> EditorAsync(string province = "VN-01") =>
        await app.ClientForAsync(province == "VN-01" ? "editor.laichau@attache.demo" : "editor.caobang@attache.demo");

    /// <summary>The province's profile in vi, en and de (the tests share it; saved once per province).</summary>
    private async Task<string> ProfileAsync(string province = "VN-01")
    {
        var slug = province == "VN-01" ? "lai-chau" : "cao-bang";
        await ProfileLock.WaitAsync();
        try
        {
            using var editor = await EditorAsync(province);
            var current = await editor.GetAsync("/api/portal/profile");
            if (current.StatusCode == HttpStatusCode.OK)
            {
                return slug;
            }

            var saved = await editor.PutJsonAsync("/api/portal/profile", new
            {
                slug, defaultLang = "vi",
                texts = new[]
                {
                    new { lang = "vi", name = "Tỉnh Thử", tagline = "Cửa ngõ biên giới", about = "Tỉnh **biên giới**." },
                    new { lang = "en", name = "Test Province", tagline = "A border gateway", about = "A **border** province." },
                    new { lang = "de", name = "Testprovinz", tagline = "Ein Grenztor", about = "Eine **Grenzprovinz**." },
                },
            });
            await saved.JsonAsync();
            return slug;
        }
        finally
        {
            ProfileLock.Release();
        }
    }

    private static object Opportunity(bool published, string? place = "Khu kinh tế cửa khẩu", int? version = null) => new
    {
        sector = "Logistics", place, capitalUsd = "12500000", areaHectares = "48.5",
        contact = "Sở Ngoại vụ, +84 213 3876 543", published, version,
        texts = new[]
        {
            new { lang = "en", title = "Bonded warehouse at the border gate", description = "A *warehouse*." },
            new { lang = "vi", title = "Kho ngoại quan tại cửa khẩu", description = "Một *kho*." },
        },
    };

    [Fact]
    public async Task The_profile_is_written_by_an_editor_and_shown_in_its_languages_only()
    {
        var slug = await ProfileAsync();
        using var anonymous = app.CreateClient();
        var en = await anonymous.GetAsync($"/p/{slug}/en/province");
        Assert.Equal(HttpStatusCode.OK, en.StatusCode);
        var html = await en.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<strong>border</strong>", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"de\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/{slug}/ja/province")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/{slug}/xx/province")).StatusCode);

        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutJsonAsync("/api/portal/profile",
            new { slug, defaultLang = "vi" })).StatusCode);
        using var editor = await EditorAsync();
        var bad = await editor.PutJsonAsync("/api/portal/profile", new
        {
            slug = "Lai Châu", defaultLang = "xx", texts = new[] { new { lang = "vi", name = "", about = "" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = await bad.ProblemFieldsAsync();
        Assert.Contains("slug", fields);
        Assert.Contains("defaultLang", fields);
    }

    [Fact]
    public async Task Published_opportunities_are_public_in_their_languages_and_other_provinces_see_404()
    {
        var slug = await ProfileAsync();
        using var editor = await EditorAsync();
        var created = await (await editor.PostJsonAsync("/api/portal/opportunities", Opportunity(true)))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var hidden = (await (await editor.PostJsonAsync("/api/portal/opportunities", Opportunity(false)))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        using var anonymous = app.CreateClient();
        var list = await (await anonymous.GetAsync($"/p/{slug}/en/investors")).Content.ReadAsStringAsync();
        Assert.Contains($"/p/{slug}/en/investors/{id}", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/investors/{hidden}", list, StringComparison.Ordinal);
        Assert.Contains("12,500,000 USD", list, StringComparison.Ordinal);
        Assert.Contains("/contact?kind=Investment", list, StringComparison.Ordinal);
        var filtered = await (await anonymous.GetAsync($"/p/{slug}/en/investors?sector=Tourism")).Content
            .ReadAsStringAsync();
        Assert.DoesNotContain($"/investors/{id}\"", filtered, StringComparison.Ordinal);
        var detail = await anonymous.GetAsync($"/p/{slug}/vi/investors/{id}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Kho ngoại quan tại cửa khẩu", await detail.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/{slug}/de/investors/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/{slug}/en/investors/{hidden}")).StatusCode);

        // Unpublishing takes it off the portal at once (the site's cached pages are evicted).
        await (await editor.PutJsonAsync($"/api/portal/opportunities/{id}", Opportunity(false, version: 1)))
            .JsonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/{slug}/vi/investors/{id}")).StatusCode);

        using var caoBang = await EditorAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/portal/opportunities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/portal/opportunities/{id}")).StatusCode);
        using var officer = await app.OfficerAsync();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await officer.PostJsonAsync("/api/portal/opportunities", Opportunity(true))).StatusCode);
        var bad = await editor.PostJsonAsync("/api/portal/opportunities", Opportunity(true, place: null));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("place", await bad.ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/portal/opportunities/{hidden}")).StatusCode);
    }

    [Fact]
    public async Task Only_figures_a_leader_released_appear_and_they_stay_as_signed()
    {
        var slug = await ProfileAsync("VN-04");
        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        using var anonymous = app.CreateClient();
        await (await officer.PostJsonAsync("/api/partners", new
        {
            kind = "ForeignLocality", country = "CN",
            nameLatin = "Figures county A"
        })).JsonAsync(HttpStatusCode.Created);
        var period = "from=2024-01-01&to=2024-12-31";
        var signed = await (await leader.PostAsync($"/api/reports/signed?{period}&lang=en", null))
            .JsonAsync(HttpStatusCode.Created);
        var reportId = signed.GetProperty("id").GetInt32();

        // Signed but not released: nothing of it on the portal.
        var before = await (await anonymous.GetAsync($"/p/{slug}/en/province")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Key figures", before, StringComparison.Ordinal);

        var candidates = await (await leader.GetAsync($"/api/portal/figures/candidates/{reportId}")).JsonAsync();
        var partners = candidates.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "partners.total")
            .GetProperty("value").GetDecimal();
        Assert.True(partners >= 1);
        var release = new { signedReportId = reportId, keys = new[] { "partners.total", "delegations.inbound.count" } };
        using var editor = await EditorAsync("VN-04");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostJsonAsync("/api/portal/figures", release)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/portal/figures", release)).StatusCode);
        var bad = await leader.PostJsonAsync("/api/portal/figures", new { signedReportId = reportId, keys = new[] { "x" } });
        Assert.Contains("keys", await bad.ProblemFieldsAsync());
        var set = await (await leader.PostJsonAsync("/api/portal/figures", release)).JsonAsync(HttpStatusCode.Created);
        var setId = set.GetProperty("id").GetInt32();

        // A record added after the release changes the live figure, not the released one.
        await (await officer.PostJsonAsync("/api/partners", new
        {
            kind = "ForeignLocality", country = "CN",
            nameLatin = "Figures county B"
        })).JsonAsync(HttpStatusCode.Created);
        await (await leader.PostAsync($"/api/reports/signed?{period}&lang=en", null)).JsonAsync(HttpStatusCode.Created);
        using (var profileEditor = await EditorAsync("VN-04"))
        {
            // Saving the profile evicts the cached page: what follows is read from the database again.
            var profile = await (await profileEditor.GetAsync("/api/portal/profile")).JsonAsync();
            await (await profileEditor.PutJsonAsync("/api/portal/profile", new
            {
                slug, defaultLang = "vi", version = profile.GetProperty("version").GetInt32(),
                texts = profile.GetProperty("texts").EnumerateArray().Select(t => new
                {
                    lang = t.GetProperty("lang").GetString(), name = t.GetProperty("name").GetString(),
                    about = t.GetProperty("about").GetString(),
                }).ToArray(),
            })).JsonAsync();
        }

        var page = await (await anonymous.GetAsync($"/p/{slug}/de/province")).Content.ReadAsStringAsync();
        Assert.Contains("Kennzahlen", page, StringComparison.Ordinal);
        Assert.Contains("Ausländische Partner", page, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"value\">{(int)partners}</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"<span class=\"value\">{(int)partners + 1}</span>", page, StringComparison.Ordinal);
        var stored = await (await leader.GetAsync($"/api/portal/figures/{setId}")).JsonAsync();
        Assert.Equal(partners, stored.GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == "partners.total").GetProperty("value").GetDecimal());

        // Withdrawn: gone from the portal.
        await (await leader.PostAsync($"/api/portal/figures/{setId}/withdraw", null)).JsonAsync();
        var after = await (await anonymous.GetAsync($"/p/{slug}/de/province")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Kennzahlen", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsync($"/api/portal/figures/{setId}/withdraw", null))
            .StatusCode);
        using var laiChau = await app.LeaderAsync("VN-01");
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"/api/portal/figures/{setId}")).StatusCode);
    }

    [Fact]
    public async Task The_contact_form_shows_every_error_in_the_page_language_then_stores_the_enquiry()
    {
        var slug = await ProfileAsync();
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = await anonymous.GetAsync($"/p/{slug}/de/contact");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Senden", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var empty = await anonymous.PostAsync($"/p/{slug}/de/contact", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Bitte wählen Sie, worum es in Ihrer Nachricht geht.", errors, StringComparison.Ordinal);
        foreach (var field in new[] { "name", "email", "subject", "message" })
        {
            Assert.Contains($"id=\"{field}-error\"", errors, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("This field", errors, StringComparison.Ordinal);

        var robot = await anonymous.PostAsync($"/p/{slug}/de/contact", Contact("Robot", "http://spam.example"));
        Assert.Equal(HttpStatusCode.SeeOther, robot.StatusCode);

        var sent = await anonymous.PostAsync($"/p/{slug}/de/contact", Contact("Anna Becker", null));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal($"/p/{slug}/de/contact/thanks", sent.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/p/{slug}/de/contact/thanks")).StatusCode);

        var (enquiry, robots, told) = await app.WithDbAsync(async db =>
        {
            var e = await db.Set<Enquiry>().SingleAsync(x => x.Name == "Anna Becker");
            var r = await db.Set<Enquiry>().CountAsync(x => x.Name == "Robot");
            var n = await db.Set<Notification>().CountAsync(x => x.Kind == NotificationKinds.EnquiryReceived
                && x.DedupKey == "enquiry:" + e.Id);
            return (e, r, n);
        });
        Assert.Equal(0, robots);
        Assert.Equal("de", enquiry.Lang);
        Assert.Equal(EnquiryKind.Investment, enquiry.Kind);
        Assert.Equal("DE", enquiry.CountryCode);
        Assert.Equal(64, enquiry.ClientHash?.Length);
        Assert.Equal(await app.ProvinceIdAsync("VN-01"), enquiry.ProvinceId);
        Assert.True(enquiry.ReceivedAt >= AttacheFactory.Start.UtcDateTime && enquiry.ReceivedAt
            <= app.Clock.GetUtcNow().UtcDateTime);
        Assert.True(told >= 3, $"{told} notifications (officer, editor and leader expected).");

        using var officer = await app.OfficerAsync();
        var list = await (await officer.GetAsync("/api/portal/enquiries?status=New&search=becker")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutJsonAsync($"/api/portal/enquiries/{enquiry.Id}",
            new { status = "Answered", version = enquiry.Version })).StatusCode);
        var moved = await (await officer.PutJsonAsync($"/api/portal/enquiries/{enquiry.Id}",
            new { status = "InProgress", notes = "Called back.", version = enquiry.Version })).JsonAsync();
        Assert.Equal("InProgress", moved.GetProperty("status").GetString());
        var badAssignee = await officer.PutJsonAsync($"/api/portal/enquiries/{enquiry.Id}", new
        {
            status = "InProgress", assignedToId = "nobody", version = moved.GetProperty("version").GetInt32(),
        });
        Assert.Contains("assignedToId", await badAssignee.ProblemFieldsAsync());

        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/portal/enquiries")).StatusCode);
        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/portal/enquiries/{enquiry.Id}")).StatusCode);
    }

    private static FormUrlEncodedContent Contact(string name, string? website) => new(new Dictionary<string, string>
    {
        ["kind"] = "Investment", ["name"] = name, ["organisation"] = "Becker Logistik GmbH",
        ["email"] = "anna.becker@example.de", ["country"] = "DE", ["subject"] = "Lager am Grenzübergang",
        ["message"] = "Wir interessieren uns für das Zolllager.", ["website"] = website ?? "",
    });

    [Fact]
    public void The_enquiry_lifecycle_moves_forward_and_a_closed_enquiry_stays_closed()
    {
        var life = EnquiryService.Lifecycle;
        Assert.Equal([EnquiryStatus.InProgress, EnquiryStatus.Closed], life.Allowed(EnquiryStatus.New));
        Assert.True(life.IsFinal(EnquiryStatus.Closed));
        Assert.Throws<Attache.Infrastructure.ProblemException>(() =>
            life.Check(EnquiryStatus.New, EnquiryStatus.Answered, mayApprove: true));
    }

    [Fact]
    public void Figures_are_read_from_a_summary_by_leaf_or_by_sum()
    {
        using var summary = JsonDocument.Parse("""
            {"aid":{"totalCommittedVnd":100,"byKind":[{"kind":"OdaGrant","disbursedVnd":30},
            {"kind":"OdaLoan","disbursedVnd":12}]},"borders":{"turnoverUsd":"1250.5"}}
            """);
        var leaves = Attache.Reports.Signing.SummaryPaths.Leaves(summary.RootElement);
        Assert.Equal(42m, FigureKeys.Find("aid.disbursedVnd")!.ValueIn(leaves));
        Assert.Equal(1250.5m, FigureKeys.Find("borders.turnoverUsd")!.ValueIn(leaves));
        Assert.Null(FigureKeys.Find("twinnings.active")!.ValueIn(leaves));
        Assert.Equal("1.250,5 USD", FigureKeys.Format("de", 1250.5m, "USD"));
    }
}

/// <summary>The contact form's rate limit, in an app of its own (the limit is per address and the test client has
/// one).</summary>
public sealed class PortalContactLimitTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Too_many_posts_from_one_address_answer_429()
    {
        using var editor = await app.ClientForAsync("editor.laichau@attache.demo");
        await (await editor.PutJsonAsync("/api/portal/profile", new
        {
            slug = "lai-chau", defaultLang = "en",
            texts = new[] { new { lang = "en", name = "Lai Chau", about = "A province." } },
        })).JsonAsync();
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await anonymous.PostAsync("/p/lai-chau/en/contact",
                new FormUrlEncodedContent([new("name", "x")]))).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
