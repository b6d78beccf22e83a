namespace Attache;

/// <summary>Marker for the staff UI's strings: keys are the English text, Resources/SharedResource.vi.resx
/// holds the Vietnamese.</summary>
public sealed class SharedResource;
