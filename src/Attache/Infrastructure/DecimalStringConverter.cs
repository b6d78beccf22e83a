using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attache.Infrastructure;

/// <summary>Money that is not whole VND goes on the wire as a decimal string ("52000000.5"): a JSON number is read
/// as a binary double by most clients (JavaScript, Python's json), which cannot hold every amount exactly. Reading
/// accepts a string or a number, both parsed exactly as <see cref="decimal"/>.</summary>
public sealed class DecimalStringConverter : JsonConverter<decimal>
{
    /// <summary>What the OpenAPI schema states for such a value.</summary>
    public const string Pattern = @"^-?[0-9]+(\.[0-9]+)?$";

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ExactDecimal.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));

    /// <summary>The shortest exact text: a stored 52000000.000000 (scale 6) is written "52000000".</summary>
    private const string Format = "0.############################";
}

/// <summary>Every decimal the API reads (amounts, rates, percentages) may come as a JSON number or a decimal string
/// and is parsed exactly, never through a double; it is written back as a JSON number whose text is the exact
/// decimal. The OpenAPI schema says so (<see cref="ExactDecimalSchema"/>).</summary>
public sealed class ExactDecimal : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    internal static decimal Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new JsonException($"'{text}' is not a decimal number.");
        }

        return reader.GetDecimal();
    }
}
