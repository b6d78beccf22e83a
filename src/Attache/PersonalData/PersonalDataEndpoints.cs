using System.Text.Json;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.PersonalData;

public sealed class PersonalDataEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/personal-data").WithTags("Personal data");
        var persons = group.MapGroup("").RequireAuthorization(Policies.SeePersons);

        persons.MapGet("/persons", (PersonalDataService data, [AsParameters] PersonQuery query, CancellationToken ct) =>
            data.FindAsync(query, ct))
            .WithName("FindPersons").WithSummary("Find a person in the registers")
            .WithDescription("The persons of the province's consular and foreigners' records (and citizen cases' family "
                + "contacts) matching a name (every word, accent- and case-insensitive) and/or an identity number, with "
                + "the record naming each. Consular officers and leaders only; the read is logged in the audit trail.");

        persons.MapGet("/export", async (PersonalDataService data, [AsParameters] PersonQuery query,
            CancellationToken ct) =>
        {
            var export = await data.ExportAsync(query, ct);
            return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(export, PersonalDataService.ExportJson),
                "application/json", $"personal-data-{export.ExportedAt:yyyyMMdd}.json");
        })
            .WithName("ExportPerson").WithSummary("Export what is stored about a person")
            .WithDescription("A .json of every record naming the person the query finds (as in FindPersons): the "
                + "person's fields with the identity number decrypted, and the record's own fields. The read is "
                + "logged.");

        persons.MapGet("/requests", (PersonalDataService data, [AsParameters] PageRequest page, CancellationToken ct) =>
            data.RequestsAsync(page, ct))
            .WithName("ListPersonalDataRequests").WithSummary("List data subjects' requests")
            .WithDescription("The province's requests of access, export and erasure, newest received first.");

        persons.MapPost("/requests", async Task<Created<PersonalDataRequestDto>> (PersonalDataService data,
            PersonalDataRequestInput input, CancellationToken ct) =>
        {
            var request = await data.CreateRequestAsync(input, ct);
            return TypedResults.Created($"/api/personal-data/requests/{request.Id}", request);
        })
            .WithName("RecordPersonalDataRequest").WithSummary("Record a data subject's request")
            .WithDescription("Records a request (kind, who asked, the day it was received, the persons concerned as "
                + "FindPersons names them, e.g. \"casePerson/12\"). An erasure names at least one person. Bad input is "
                + "a 400 problem naming the field.");

        persons.MapPost("/requests/{id:int}/carry-out", async Task<Results<Ok<PersonalDataRequestDto>, NotFound>> (
            PersonalDataService data, int id, CancellationToken ct) =>
            await data.CarryOutAsync(id, ct) is { } done ? TypedResults.Ok(done) : TypedResults.NotFound())
            .WithName("CarryOutPersonalDataRequest").WithSummary("Carry out a data subject's request")
            .WithDescription("Marks the request handled today by the caller. An erasure anonymises the persons it "
                + "concerns: name replaced, identity number, birth year and contact emptied; the records and their "
                + "counts stay. 404 when not in the province; 409 when already carried out.");

        var retention = group.MapGroup("/retention").RequireAuthorization(Policies.Admin);

        retention.MapGet("", (RetentionService service, CancellationToken ct) => service.GetAsync(ct))
            .WithName("GetPersonalDataRetention").WithSummary("Retention periods of personal data")
            .WithDescription("The national retention period and each province's (its own or the national one), in "
                + "years, and the rule of which records are older than the period. Administrator only.");

        retention.MapPut("", (RetentionService service, RetentionInput input, CancellationToken ct) =>
            service.SetAsync(input, ct))
            .WithName("SetPersonalDataRetention").WithSummary("Set a retention period")
            .WithDescription("Sets the retention period in years of the province named with ?province=, or the "
                + "national one without it; an empty value removes it. A daily job anonymises the persons of records "
                + "older than the period. Administrator only.");
        return app;
    }
}
