using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Dossiers;

public sealed class HolidayEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/holidays").WithTags("Dossiers").RequireAuthorization(Policies.Read);
        var admin = group.MapGroup("/").RequireAuthorization(Policies.Admin);

        group.MapGet("/", (HolidayService holidays, [AsParameters] HolidayQuery query, CancellationToken ct) =>
            holidays.ListAsync(query, ct))
            .WithName("ListHolidays").WithSummary("List public holidays")
            .WithDescription("The Vietnamese public holidays (and days off moved by the government) that the "
                + "dossiers' working-day deadlines skip, by date; 'year' keeps one year.");

        admin.MapPost("/", async Task<Created<HolidayDto>> (HolidayService holidays, HolidayInput input,
            CancellationToken ct) =>
        {
            var dto = await holidays.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/holidays/{dto.Id}", dto);
        })
            .WithName("CreateHoliday").WithSummary("Add a public holiday")
            .WithDescription("Adds a day off to the table (administrators only). Dossiers saved afterwards skip it. "
                + "Bad input is a 400 problem naming the field; a day already in the table is a 409.");

        admin.MapPut("/{id:int}", async Task<Ok<HolidayDto>> (HolidayService holidays, int id, HolidayInput input,
            CancellationToken ct) => TypedResults.Ok(await holidays.SaveAsync(id, input, ct)))
            .WithName("UpdateHoliday").WithSummary("Update a public holiday")
            .WithDescription("Changes a holiday's date or names (administrators only); send the version read last.");

        admin.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (HolidayService holidays, int id,
            CancellationToken ct) =>
            await holidays.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteHoliday").WithSummary("Delete a public holiday")
            .WithDescription("Removes a day from the table (administrators only); 404 when there is no such day.");
        return app;
    }
}
