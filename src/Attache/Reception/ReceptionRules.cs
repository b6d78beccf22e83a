namespace Attache.Reception;

/// <summary>The refusals of the reception plan, in English; each is also a resource key the pages translate.</summary>
public static class ReceptionRules
{
    public const string LanguageCode = "Use an ISO 639-1 language code, e.g. ko, zh, lo, en.";
    public const string EndNotAfterStart = "The end time must be after the start time.";
    public const string InterpreterNeedsLanguage = "Give the language the interpreter interprets.";
    public const string NotAnInterpreter =
        "Choose an active interpreter of the staff roster who speaks the item's language.";
    public const string UnknownParticipant = "This person is not in the reception plan.";
    public const string UnknownMember = "This person is not in the delegation's member list.";
    public const string UnknownItem = "This item is not in the reception plan.";
    public const string OneOccupant = "A seat takes either a participant or an interpreter.";
    public const string SeatOutside = "This seat is not in the seating plan.";
    public const string SeatTwice = "Two people are given the same seat.";
    public const string PersonTwice = "This person already has a seat.";

    /// <summary>409: {0} the interpreter, {1} the other item, {2} its date, {3}–{4} its times, {5} its
    /// delegation.</summary>
    public const string InterpreterClash = "{0} already interprets at \"{1}\" on {2} from {3} to {4} (delegation "
        + "\"{5}\"): one interpreter cannot be at two places at once.";

    public const string NoSeatingYet = "Generate the seating plan of \"{0}\" before editing it.";
}
