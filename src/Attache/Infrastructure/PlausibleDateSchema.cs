using Microsoft.AspNetCore.OpenApi;

namespace Attache.Infrastructure;

/// <summary>States in the OpenAPI document the range every date must fall in (<see cref="PlausibleDates"/>), on
/// every date of a body, a result and a query parameter.</summary>
public static class PlausibleDateSchema
{
    public const string Range = "A date from 1900-01-01 to 2100-12-31; a date outside that range is a 400 naming the "
        + "field.";

    private static readonly Type[] Dates = [typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset)];

    public static OpenApiOptions AddPlausibleDates(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (Dates.Contains(type) && schema.Description?.Contains(Range, StringComparison.Ordinal) != true)
            {
                schema.Description = string.IsNullOrEmpty(schema.Description) ? Range : $"{schema.Description} {Range}";
            }

            return Task.CompletedTask;
        });
}
