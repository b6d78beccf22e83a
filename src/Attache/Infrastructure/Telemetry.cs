using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Attache.Infrastructure;

/// <summary>Traces and metrics with OpenTelemetry, so an operator sees which request and which SQL statement is slow:
/// ASP.NET Core requests, EF Core commands (both databases), Npgsql's own spans and metrics on PostgreSQL, the .NET
/// runtime. They leave the process by OTLP only when an endpoint is configured (the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>Attache:Telemetry:OtlpEndpoint</c>); without one nothing is exported.</summary>
public static class Telemetry
{
    public const string ServiceName = "attache";

    public static IServiceCollection AddAttacheTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Attache:Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation());
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return services;
    }
}
