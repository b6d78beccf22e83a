using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attache.Infrastructure;

/// <summary>States in the OpenAPI document how money travels: a <see cref="decimal"/> is an exact decimal
/// (<c>format: decimal</c>, never <c>double</c>); one written by <see cref="DecimalStringConverter"/> is a string.
/// Whole VND totals are 64-bit integers.</summary>
public static class ExactDecimalSchema
{
    public static OpenApiOptions AddExactDecimals(this OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type != typeof(decimal))
        {
            return Task.CompletedTask;
        }

        var nullable = type != context.JsonTypeInfo.Type ? JsonSchemaType.Null : 0;
        if (context.JsonPropertyInfo?.CustomConverter is DecimalStringConverter)
        {
            schema.Type = JsonSchemaType.String | nullable;
            schema.Pattern = DecimalStringConverter.Pattern;
            schema.Description = Join(schema.Description, "An exact decimal written as a string (e.g. \"52000000.5\"), never a binary floating-point number.");
        }
        else
        {
            schema.Type = JsonSchemaType.Number | JsonSchemaType.String | nullable;
            schema.Pattern = null;
            schema.Description = Join(schema.Description,
                "An exact decimal: send a JSON number or a decimal string (e.g. \"1250000.75\"); it is read as a decimal, never as a binary floating-point number.");
        }

        schema.Format = "decimal";
        return Task.CompletedTask;
    });

    private static string Join(string? description, string text) => string.IsNullOrEmpty(description) ? text : $"{description} {text}";
}
