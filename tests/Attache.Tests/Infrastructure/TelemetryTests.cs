using System.Diagnostics;
using Attache.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Attache.Tests.Infrastructure;

/// <summary>Issue 16, point 9: an operator sees which request and which SQL statement is slow. A request to the API
/// leaves a server span with its route and, under it in the same trace, the spans of the SQL statements it ran.
/// </summary>
public sealed class TelemetryTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task A_request_is_traced_with_the_sql_statements_it_ran()
    {
        var spans = new List<Activity>();
        await using var traced = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        var officer = traced.CreateClient();
        officer.DefaultRequestHeaders.Authorization = (await app.OfficerAsync()).DefaultRequestHeaders.Authorization;

        // The exporter hears every request of the process (other tests run beside this one): this request is the
        // one that continues the trace it names.
        var trace = ActivityTraceId.CreateRandom();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/partners?search=van");
        get.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        var response = await officer.SendAsync(get);
        response.EnsureSuccessStatusCode();

        Activity[] finished;
        lock (spans)
        {
            finished = [.. spans];
        }

        var request = Assert.Single(finished, a => a.Kind == ActivityKind.Server && a.TraceId == trace
            && Equals(a.GetTagItem("http.route"), "/api/partners/"));
        var statements = finished.Where(a => a.TraceId == request.TraceId && a.Kind == ActivityKind.Client).ToList();
        Assert.NotEmpty(statements);
        Assert.Contains(statements, s => (s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement"))
            ?.ToString()?.Contains("SELECT", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal(Telemetry.ServiceName, traced.Services.GetRequiredService<TracerProvider>()
            .GetResource().Attributes.Single(a => a.Key == "service.name").Value);
    }
}
