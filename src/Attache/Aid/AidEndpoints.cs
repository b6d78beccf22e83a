using Attache.Accounts;
using Attache.Aid.Iati;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Aid;

public static class AidEndpoints
{
    public static IServiceCollection AddAttacheAid(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IatiOptions>().Bind(configuration.GetSection(IatiOptions.Section)).ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapAidEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/aid-projects").WithTags("Aid").RequireAuthorization(Policies.Read);

        projects.MapGet("/", (AidService aid, [AsParameters] AidProjectQuery query, CancellationToken ct) =>
            aid.ListAsync(query, ct))
            .WithName("ListAidProjects").WithSummary("List aid projects")
            .WithDescription("A page of ODA, loan and NGO aid projects, filtered by text, kind, status, donor, DAC "
                + "sector, commune or year.");

        projects.MapGet("/stats", (AttacheDb db, [AsParameters] AidStatsQuery query, CancellationToken ct) =>
            AidStats.ComputeAsync(db, query, ct))
            .WithName("AidStats").WithSummary("Aid figures for a period")
            .WithDescription("Aid of the projects running in [from, to], by kind, sector and donor. "
                + AidMoney.ConversionRule);

        projects.MapGet("/{id:int}", async Task<Results<Ok<AidProjectDto>, NotFound>> (AidService aid, int id,
            CancellationToken ct) =>
            await aid.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetAidProject").WithSummary("Get an aid project")
            .WithDescription("One project with its participants, sectors and places; 404 when not in the province.");

        projects.MapPost("/", async Task<Created<AidProjectDto>> (AidService aid, AidInput input,
            CancellationToken ct) =>
        {
            var project = await aid.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/aid-projects/{project.Id}", (await aid.GetAsync(project.Id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateAidProject").WithSummary("Create an aid project")
            .WithDescription("Registers an aid project. Money is a decimal string with its currency. Bad input is a "
                + "400; a taken IATI identifier a 409.");

        projects.MapPut("/{id:int}", async Task<Ok<AidProjectDto>> (AidService aid, int id, AidInput input,
            CancellationToken ct) =>
        {
            await aid.SaveAsync(id, input, ct);
            return TypedResults.Ok((await aid.GetAsync(id, ct))!);
        }).RequireAuthorization(Policies.Edit)
            .WithName("UpdateAidProject").WithSummary("Update an aid project")
            .WithDescription("Replaces the project's details; send the version read last. Bad input is a 400 "
                + "problem naming the field; a stale version is a 409.");

        projects.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (AidService aid, int id,
            CancellationToken ct) =>
            await aid.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteAidProject").WithSummary("Delete an aid project")
            .WithDescription("Removes the project with its transactions, participants, sectors and places; 404 when "
                + "it does not exist in the province.");

        projects.MapGet("/{id:int}/transactions", async Task<Results<Ok<Paged<TransactionDto>>, NotFound>> (
            AidTransactionService transactions, int id, [AsParameters] TransactionQuery query, CancellationToken ct) =>
            await transactions.ListAsync(id, query, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound())
            .WithName("ListAidTransactions").WithSummary("List transactions")
            .WithDescription("The project's commitments, disbursements and expenditures (IATI transaction types), a "
                + "page at a time.");

        projects.MapPost("/{id:int}/transactions", async Task<Created<TransactionDto>> (
            AidTransactionService transactions, int id, TransactionInput input, CancellationToken ct) =>
        {
            var dto = await transactions.AddAsync(id, input, ct);
            return TypedResults.Created($"/api/aid-projects/{id}/transactions/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("AddAidTransaction").WithSummary("Record a transaction")
            .WithDescription("Records a commitment, disbursement or expenditure: a decimal-string amount with its "
                + "currency and value date.");

        projects.MapDelete("/{id:int}/transactions/{transactionId:int}", async Task<Results<NoContent, NotFound>> (
            AidTransactionService transactions, int id, int transactionId, CancellationToken ct) =>
            await transactions.DeleteAsync(id, transactionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteAidTransaction").WithSummary("Delete a transaction")
            .WithDescription("Removes a transaction; 404 when the project has no such transaction.");

        projects.MapDocuments("aidProject", (db, id, ct) => db.Set<AidProject>().AnyAsync(p => p.Id == id, ct));

        var rates = app.MapGroup("/api/exchange-rates").WithTags("Aid").RequireAuthorization(Policies.Read);

        rates.MapGet("/", (ExchangeRateService rates, [AsParameters] ExchangeRateQuery query, CancellationToken ct) =>
            rates.ListAsync(query, ct))
            .WithName("ListExchangeRates").WithSummary("List exchange rates")
            .WithDescription("A page of the VND exchange rates used to convert aid money, by currency and date.");

        rates.MapGet("/{id:int}", async Task<Results<Ok<ExchangeRateDto>, NotFound>> (ExchangeRateService rates, int id,
            CancellationToken ct) =>
            await rates.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound())
            .WithName("GetExchangeRate").WithSummary("Get an exchange rate")
            .WithDescription("One exchange rate; 404 when it does not exist.");

        rates.MapPost("/", async Task<Created<ExchangeRateDto>> (ExchangeRateService rates, ExchangeRateInput input,
            CancellationToken ct) =>
        {
            var dto = await rates.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/exchange-rates/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit)
            .WithName("CreateExchangeRate").WithSummary("Add an exchange rate")
            .WithDescription("Adds the VND value of one unit of a currency on a date (a decimal string). A second "
                + "rate for the same currency and date is a 409.");

        rates.MapPut("/{id:int}", async Task<Ok<ExchangeRateDto>> (ExchangeRateService rates, int id,
            ExchangeRateInput input, CancellationToken ct) =>
            TypedResults.Ok(await rates.SaveAsync(id, input, ct))).RequireAuthorization(Policies.Edit)
            .WithName("UpdateExchangeRate").WithSummary("Update an exchange rate")
            .WithDescription("Replaces an exchange rate; send the version read last. Bad input is a 400 problem "
                + "naming the field; a stale version is a 409.");

        rates.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (ExchangeRateService rates, int id,
            CancellationToken ct) =>
            await rates.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName("DeleteExchangeRate").WithSummary("Delete an exchange rate")
            .WithDescription("Removes an exchange rate; 404 when it does not exist.");

        // The CSV comes as the body (text/csv) or as the multipart field 'file'.
        rates.MapPost("/import", async Task<Ok<RateImportResult>> (ExchangeRateService rates, HttpRequest request,
            CancellationToken ct) =>
        {
            var bytes = await UploadAsync(request, ExchangeRateService.MaxCsvBytes, ct);
            return TypedResults.Ok(await rates.ImportCsvAsync(new MemoryStream(bytes), ct));
        }).RequireAuthorization(Policies.Edit).DisableAntiforgery()
            .WithName("ImportExchangeRates").WithSummary("Import exchange rates (CSV)")
            .WithDescription("Imports currency,date,rate[,source] rows sent as the body (text/csv) or as the "
                + "multipart field 'file'. Every row is checked first; one bad row refuses the whole "
                + "file with a 400 naming each bad row.");

        var iati = app.MapGroup("/api/iati").WithTags("IATI").RequireAuthorization(Policies.Read);

        iati.MapGet("/activities.xml", async (AttacheDb db, CancellationToken ct) =>
        {
            var doc = await IatiExport.BuildAsync(db, ct);
            var text = doc.Declaration + "\n" + doc.ToString();
            return TypedResults.Text(text, "application/xml", System.Text.Encoding.UTF8);
        })
            .WithName("ExportIati").WithSummary("Export IATI activities")
            .WithDescription("The province's aid projects as an IATI 2.03 activities file (XML).");

        iati.MapPost("/import", async Task<Ok<IatiImportResult>> (IatiImportService import, HttpRequest request,
            IOptions<IatiOptions> options, bool? confirm, CancellationToken ct) =>
        {
            var bytes = await UploadAsync(request, options.Value.MaxBytes, ct);
            return TypedResults.Ok(await import.RunAsync(bytes, confirm == true, ct));
        }).RequireAuthorization(Policies.Edit).DisableAntiforgery()
            .WithName("ImportIati").WithSummary("Import IATI activities")
            .WithDescription("Reads an IATI 2.03 activities file sent as the body or as the multipart field 'file'. "
                + "Without confirm=true it only reports what it would create and change; with it, it "
                + "imports all or nothing.");

        return app;
    }

    private static async Task<byte[]> UploadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file")
                ?? throw ProblemException.Validation("file", "Attach the file as the multipart field 'file'.");
            if (file.Length > maxBytes)
            {
                throw ProblemException.Validation("file", $"The file is larger than the limit of {maxBytes:N0} bytes; "
                    + "split it or ask the administrator.");
            }

            await using var stream = file.OpenReadStream();
            return await IatiImportService.ReadLimitedAsync(stream, maxBytes, ct);
        }

        return await IatiImportService.ReadLimitedAsync(request.Body, maxBytes, ct);
    }
}

/// <summary>The routes of aid projects, exchange rates and IATI, found by <see cref="EndpointDiscovery"/>.</summary>
public sealed class AidEndpointGroup : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app) => app.MapAidEndpoints();
}
