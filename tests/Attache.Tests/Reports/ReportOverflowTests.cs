using System.Net;
using Attache.Aid;
using Attache.Borders;
using Attache.Infrastructure;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reports;

/// <summary>Issue 17, point 3: values each valid alone (at the inputs' bound) stored in their thousands must not make a
/// report fail; the VND sums exceed a 64-bit integer and are kept whole in decimal.</summary>
public sealed class ReportOverflowTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static readonly decimal Max = decimal.Parse(MoneyBounds.MaxAmount,
        System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Amounts_at_the_input_bound_in_thousands_of_rows_still_give_every_report()
    {
        using var officer = await app.OfficerAsync("VN-04");

        // The bounds are what the inputs accept, and a step beyond is a 400 naming the field.
        var rate = await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "KWD", date = "2020-01-01", rate = 1_000_000m });
        Assert.True(rate.IsSuccessStatusCode, await rate.Content.ReadAsStringAsync());
        var tooHigh = await officer.PostJsonAsync("/api/exchange-rates",
            new { currency = "KWD", date = "2020-02-01", rate = 1_000_001m });
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Contains("rate", await tooHigh.ProblemFieldsAsync(), StringComparer.OrdinalIgnoreCase);

        var province = await app.ProvinceIdAsync("VN-04");
        await app.WithDbAsync(async (db, _) =>
        {
            var project = new AidProject
            {
                ProvinceId = province, Identifier = "VN04-MAX", Kind = AidKind.OdaLoan,
                Status = ActivityStatus.Implementation,
                PlannedStart = new DateOnly(2020, 1, 1), PlannedEnd = new DateOnly(2090, 12, 31),
                Sectors = [new AidSector { ProvinceId = province, Code = "12220", Percentage = 100 }],
            };
            for (var i = 0; i < 2_000; i++)
            {
                var on = new DateOnly(2020, 1, 1).AddDays(i % 365);
                project.Transactions.Add(new AidTransaction
                {
                    ProvinceId = province, Type = TransactionType.IncomingCommitment, Date = on, ValueDate = on,
                    Value = Max,
                    Currency = i % 2 == 0 ? "KWD" : "VND",
                });
            }

            db.Add(project);
            for (var g = 0; g < 30; g++)
            {
                var gate = new BorderGate
                {
                    ProvinceId = province, Name = $"Max gate {g}", Country = "CN",
                    CounterpartLatin = $"Max {g}"
                };
                for (var year = 2000; year < 2030; year++)
                {
                    for (var month = 1; month <= 12; month++)
                    {
                        var figure = new GateFigure
                        {
                            ProvinceId = province, BorderGate = gate, StateRevenueVnd = Max,
                            ImportTurnoverUsd = Max
                        };
                        figure.SetPeriod(year, month);
                        db.Add(figure);
                    }
                }
            }

            await db.SaveChangesAsync();
        });

        foreach (var url in new[]
        {
            "/api/reports/summary?from=2000-01-01&to=2029-12-31&compareFrom=2000-01-01&compareTo=2010-12-31",
            "/api/reports/summary.docx?from=2000-01-01&to=2029-12-31",
            "/api/reports/summary.xlsx?from=2000-01-01&to=2029-12-31",
            "/api/reports/summary.pdf?from=2000-01-01&to=2029-12-31&lang=en",
            "/api/aid-projects/stats", "/api/border-gates/stats?from=2000-01-01&to=2029-12-31",
        })
        {
            var response = await officer.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var s = await (await officer.GetAsync("/api/reports/summary?from=2000-01-01&to=2029-12-31")).JsonAsync();
        // 10,800 gate figures of 10^15 VND exceed a 64-bit integer too.
        // 1,000 × 10^15 VND + 1,000 × 10^15 KWD at 10^6 = 1,000,001 × 10^18 VND: far beyond a 64-bit integer, kept
        // whole.
        Assert.Equal(1_000_001_000_000_000_000_000_000m, s.GetProperty("aid").GetProperty("totalCommittedVnd")
            .GetDecimal());
        Assert.Equal(30m * 30 * 12 * Max, s.GetProperty("borders").GetProperty("stateRevenueVnd").GetDecimal());
    }
}
