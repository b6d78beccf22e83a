using Microsoft.Extensions.Localization;

namespace Attache.PersonalData.Pages;

/// <summary>The words the personal-data pages use for the records naming a person, and where each is opened.</summary>
internal static class PersonalDataText
{
    public static string Record(IStringLocalizer L, string entity) => entity switch
    {
        "citizenCase" => L["Citizen protection case"],
        "borderHandover" => L["Citizens received at a border gate"],
        "foreignerIncident" => L["Incident involving foreigners"],
        "foreignerVisit" => L["Visit of foreigners"],
        "dossier" => L["Consular or administrative dossier"],
        _ => entity,
    };

    public static string Link(string entity, int id) => entity switch
    {
        "citizenCase" => $"/citizen-cases/{id}",
        "borderHandover" => $"/border-handovers/{id}",
        "foreignerIncident" => $"/foreigner-incidents/{id}",
        "foreignerVisit" => $"/foreigner-visits/{id}",
        _ => $"/dossiers/{id}",
    };

    public static string Part(IStringLocalizer L, string table) =>
        table == "familyContact" ? L["family contact of the case"] : L["person named in the record"];

    public static string Kind(IStringLocalizer L, PersonalDataRequestKind kind) => kind switch
    {
        PersonalDataRequestKind.Access => L["Access to one's data"],
        PersonalDataRequestKind.Export => L["Export of one's data"],
        _ => L["Erasure of one's data"],
    };

    public static string Query(string? name, string? identityNumber) =>
        $"name={Uri.EscapeDataString(name ?? "")}&identityNumber={Uri.EscapeDataString(identityNumber ?? "")}";
}
