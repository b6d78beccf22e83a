namespace Attache.Infrastructure;

/// <summary>Validation messages. The API sends them as they are (English); the staff UI looks each one up
/// in the resources, so they are keys as well as text and carry no values.</summary>
public static class Messages
{
    public const string Required = "This field is required.";
    public const string TooLong = "This text is too long.";
    public const string TooMany = "Too many items.";
    public const string OutOfRange = "The value is out of range.";

    public const string AmountRange = "Enter an amount from 0 to 1,000,000,000,000,000.";
    public const string PositiveAmountRange = "Enter an amount greater than 0 and at most 1,000,000,000,000,000.";
    public const string RateRange = "Enter a rate greater than 0 and at most 1,000,000 VND per unit.";
    public const string Email = "Not a valid email address.";
    public const string Url = "Not a valid web address (start with http:// or https://).";
    public const string Phone = "Not a valid phone number.";
    public const string CountryCode = "Use a two-letter ISO 3166-1 country code, e.g. KR, CN, LA.";
    public const string Tag = "A tag has 1 to 50 characters.";
    public const string EntityName = "Name a kind of record, e.g. delegation, agreement, event.";
    public const string ControlCharacter = "The text contains a control character (such as U+0000); remove it.";
    public const string DateRange = "Give a date between 1900-01-01 and 2100-12-31.";
    public const string EmptyItem = "The list has an empty item (null); remove it or fill it in.";
    public const string Stale =
        "Someone else saved this record while you were editing it. Reload the page and make your change again.";
    public const string VersionRequired =
        "Send the version you edited, so that a concurrent change is not overwritten.";
}
