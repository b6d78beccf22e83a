using Attache.Accounts;
using Attache.Aid.Iati;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Attache.Aid;

public static class AidEndpoints
{
    public static IServiceCollection AddAttacheAid(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IatiOptions>().Bind(configuration.GetSection(IatiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapAidEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/aid-projects").WithTags("Aid").RequireAuthorization(Policies.Read);

        projects.MapGet("/", (AttacheDb db, [AsParameters] AidProjectQuery query, CancellationToken ct) => AidQueries.ListAsync(db, query, ct));

        projects.MapGet("/stats", (AttacheDb db, [AsParameters] AidStatsQuery query, CancellationToken ct) => AidStats.ComputeAsync(db, query, ct))
            .WithDescription("Aid of the projects running in [from, to], by kind, sector and donor. " + AidMoney.ConversionRule);

        projects.MapGet("/{id:int}", async Task<Results<Ok<AidProjectDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await AidQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        projects.MapPost("/", async Task<Created<AidProjectDto>> (AttacheDb db, AidInput input, CancellationToken ct) =>
        {
            var project = await AidQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/aid-projects/{project.Id}", (await AidQueries.GetAsync(db, project.Id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        projects.MapPut("/{id:int}", async Task<Ok<AidProjectDto>> (AttacheDb db, int id, AidInput input, CancellationToken ct) =>
        {
            await AidQueries.SaveAsync(db, id, input, ct);
            return TypedResults.Ok((await AidQueries.GetAsync(db, id, ct))!);
        }).RequireAuthorization(Policies.Edit);

        projects.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await AidQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        projects.MapGet("/{id:int}/transactions", async Task<Results<Ok<Paged<TransactionDto>>, NotFound>> (AttacheDb db, int id,
            [AsParameters] TransactionQuery query, CancellationToken ct) =>
            await AidTransactions.ListAsync(db, id, query, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound());

        projects.MapPost("/{id:int}/transactions", async Task<Created<TransactionDto>> (AttacheDb db, int id, TransactionInput input, CancellationToken ct) =>
        {
            var dto = await AidTransactions.AddAsync(db, id, input, ct);
            return TypedResults.Created($"/api/aid-projects/{id}/transactions/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        projects.MapDelete("/{id:int}/transactions/{transactionId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int transactionId,
            CancellationToken ct) =>
            await AidTransactions.DeleteAsync(db, id, transactionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        projects.MapDocuments("aidProject", AidQueries.ExistsAsync);

        var rates = app.MapGroup("/api/exchange-rates").WithTags("Aid").RequireAuthorization(Policies.Read);

        rates.MapGet("/", (AttacheDb db, [AsParameters] ExchangeRateQuery query, CancellationToken ct) => ExchangeRateQueries.ListAsync(db, query, ct));

        rates.MapGet("/{id:int}", async Task<Results<Ok<ExchangeRateDto>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await ExchangeRateQueries.GetAsync(db, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound());

        rates.MapPost("/", async Task<Created<ExchangeRateDto>> (AttacheDb db, ExchangeRateInput input, CancellationToken ct) =>
        {
            var dto = await ExchangeRateQueries.SaveAsync(db, null, input, ct);
            return TypedResults.Created($"/api/exchange-rates/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit);

        rates.MapPut("/{id:int}", async Task<Ok<ExchangeRateDto>> (AttacheDb db, int id, ExchangeRateInput input, CancellationToken ct) =>
            TypedResults.Ok(await ExchangeRateQueries.SaveAsync(db, id, input, ct))).RequireAuthorization(Policies.Edit);

        rates.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await ExchangeRateQueries.DeleteAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit);

        // The CSV comes as the body (text/csv) or as the multipart field 'file'.
        rates.MapPost("/import", async Task<Ok<RateImportResult>> (AttacheDb db, HttpRequest request, CancellationToken ct) =>
        {
            var bytes = await UploadAsync(request, ExchangeRateQueries.MaxCsvBytes, ct);
            return TypedResults.Ok(await ExchangeRateQueries.ImportCsvAsync(db, new MemoryStream(bytes), ct));
        }).RequireAuthorization(Policies.Edit).DisableAntiforgery();

        var iati = app.MapGroup("/api/iati").WithTags("IATI").RequireAuthorization(Policies.Read);

        iati.MapGet("/activities.xml", async (AttacheDb db, CancellationToken ct) =>
        {
            var doc = await IatiExport.BuildAsync(db, ct);
            var text = doc.Declaration + "\n" + doc.ToString();
            return TypedResults.Text(text, "application/xml", System.Text.Encoding.UTF8);
        });

        iati.MapPost("/import", async Task<Ok<IatiImportResult>> (AttacheDb db, HttpRequest request, IOptions<IatiOptions> options, bool? confirm,
            CancellationToken ct) =>
        {
            var bytes = await UploadAsync(request, options.Value.MaxBytes, ct);
            return TypedResults.Ok(await IatiImport.RunAsync(db, bytes, confirm == true, ct, options.Value.TimeLimit));
        }).RequireAuthorization(Policies.Edit).DisableAntiforgery();

        return app;
    }

    private static async Task<byte[]> UploadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? throw ProblemException.Validation("file", "Attach the file as the multipart field 'file'.");
            if (file.Length > maxBytes)
            {
                throw ProblemException.Validation("file", $"The file is larger than the limit of {maxBytes:N0} bytes; split it or ask the administrator.");
            }

            await using var stream = file.OpenReadStream();
            return await IatiImport.ReadLimitedAsync(stream, maxBytes, ct);
        }

        return await IatiImport.ReadLimitedAsync(request.Body, maxBytes, ct);
    }
}
