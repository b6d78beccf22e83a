using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Reception;

public sealed class GiftEndpoints : IEndpoints
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var (group, _) = app.MapRecords<GiftService, Gift, GiftQuery, GiftRow, GiftDto, GiftInput>(
            new("/api/gifts", "Gifts", "Gift", "Gifts", "a gift", "gifts")
            {
                List = "A page of the province's gifts register, latest first, filtered by text, calendar year, "
                    + "direction (Given, Received), handling of gifts received (Declared, Kept, HandedOver) or "
                    + "delegation. Values are whole VND as decimal strings.",
                Get = "One gift with its delegation and, for a gift received, its handling; 404 when it is not in "
                    + "the province.",
                Create = "Records a gift given or received. The value is whole VND, 0 or more (a number or a decimal "
                    + "string); a gift received needs its handling, a gift given has none. Every bad field is "
                    + "named at once in a 400 problem.",
                Update = "Replaces the gift's details; send the version read last. Bad input is a 400 problem "
                    + "naming the field; a stale version is a 409.",
                Delete = "Removes a gift from the register; the history keeps that it existed.",
            });

        group.MapGet("/register", (GiftService gifts, int? year, CancellationToken ct) =>
                gifts.RegisterAsync(year, ct))
            .WithName("GetGiftRegister").WithSummary("The yearly gifts register")
            .WithDescription("Every gift of the calendar year (default: this year) by date, with the totals given and "
                + "received (count, sum of the values in VND, gifts without a value) and the gifts received by "
                + "handling (Declared, Kept, HandedOver).");

        group.MapGet("/register.docx", async Task<FileContentHttpResult> (GiftService gifts, int? year,
                string? lang, CancellationToken ct) =>
            {
                var vi = Language(lang);
                var register = await gifts.RegisterAsync(year, ct);
                var name = $"{(vi ? "so-qua-tang" : "gifts-register")}-{register.Province ?? "all"}-{register.Year}";
                return TypedResults.File(GiftRegisterDocx.Write(register, vi), Docx, name + ".docx");
            })
            .Produces(StatusCodes.Status200OK, contentType: Docx)
            .WithName("GetGiftRegisterDocx").WithSummary("The yearly gifts register as Word")
            .WithDescription("The register of /api/gifts/register as a .docx in Vietnamese (lang=vi, default) or "
                + "English (lang=en); another language is a 400 naming 'lang'.");

        group.MapDocuments("gift", GiftService.ExistsAsync);
        return app;
    }

    private static bool Language(string? lang) => (lang?.Trim().ToLowerInvariant() ?? "vi") switch
    {
        "vi" or "" => true,
        "en" => false,
        _ => throw InputValidation.Error("lang", "Use lang=vi or lang=en."),
    };
}
