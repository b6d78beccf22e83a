using System.Net;
using Attache.Agreements;
using Attache.Labour;
using Attache.Plans;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17, point 11: every updatable sub-record (agreement consultations and activities, agreement fields,
/// labour cohorts, plan items) carries its version and is checked the same way as a record: a change without it is a
/// 400 naming <c>version</c>, a stale one a 409, the current one saves (the same values, on the demo records).</summary>
[Collection(DemoCollection.Name)]
public sealed class SubRecordVersionTests(DemoFactory app)
{
    [Fact]
    public async Task Each_sub_record_needs_its_current_version()
    {
        var changes = await app.WithDbAsync(async db =>
        {
            var consultation = await db.Set<AgreementConsultation>().OrderBy(c => c.Id).FirstAsync();
            var activity = await db.Set<AgreementActivity>().OrderBy(a => a.Id).FirstAsync();
            var cohort = await db.Set<LabourCohort>().OrderBy(c => c.Id).FirstAsync();
            var item = await db.Set<PlanItem>().OrderBy(i => i.Id).FirstAsync();
            var field = await db.Set<AgreementField>().OrderBy(f => f.Id).FirstAsync();
            return new (int Province, string Url, Func<int?, object> Body, int Version)[]
            {
                (consultation.ProvinceId, $"/api/agreements/{consultation.AgreementId}/consultations/{consultation.Id}",
                    v => new { body = consultation.Body, sentOn = consultation.SentOn, version = v },
                    consultation.Version),
                (activity.ProvinceId, $"/api/agreements/{activity.AgreementId}/activities/{activity.Id}",
                    v => new { date = activity.Date, what = activity.What, version = v }, activity.Version),
                (cohort.ProvinceId, $"/api/labour-programmes/{cohort.ProgrammeId}/cohorts/{cohort.Id}",
                    v => new
                    {
                        name = cohort.Name, departureOn = cohort.DepartureOn, plannedReturnOn = cohort.PlannedReturnOn,
                        version = v,
                    },
                    cohort.Version),
                (item.ProvinceId, $"/api/plans/{item.PlanId}/items/{item.Id}",
                    v => new { category = item.Category.ToString(), quarter = item.Quarter, title = item.Title,
                        target = item.Target, version = v },
                    item.Version),
                (0, $"/api/agreement-fields/{field.Id}",
                    v => new { code = field.Code, nameVi = field.NameVi, nameEn = field.NameEn, version = v },
                    field.Version),
            };
        });

        var codes = await app.WithDbAsync(db => db.Provinces.ToDictionaryAsync(p => p.Id, p => p.Code));
        foreach (var (province, url, body, version) in changes)
        {
            using var client = province == 0 ? await app.AdminAsync() : await app.OfficerAsync(codes[province]);
            Assert.Equal(["version"], await (await client.PutJsonAsync(url, body(null))).ProblemFieldsAsync());
            Assert.Equal(HttpStatusCode.Conflict, (await client.PutJsonAsync(url, body(version - 1))).StatusCode);
            var saved = await (await client.PutJsonAsync(url, body(version))).JsonAsync();
            Assert.True(saved.ValueKind == System.Text.Json.JsonValueKind.Object, url);
        }
    }
}
