using System.Xml;
using System.Xml.Schema;

namespace Attache.Aid.Iati;

/// <summary>The official IATI 2.03 activity schema, compiled once from the copies embedded in the app.</summary>
public static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    public static XmlSchemaSet Activities => Set.Value;

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedResolver() };
        using var stream = Open("iati-activities-schema.xsd");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = new EmbeddedResolver()
        }, "embedded:///iati-activities-schema.xsd");
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static Stream Open(string file) =>
        typeof(IatiSchema).Assembly.GetManifestResourceStream($"Attache.Aid.Iati.Schema.{file}")
        ?? throw new InvalidOperationException($"The IATI schema file {file} is not embedded in the app.");

    /// <summary>Resolves the schema's include and import (iati-common.xsd, xml.xsd) to the embedded copies, never the
    /// network.</summary>
    private sealed class EmbeddedResolver : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            Open(Path.GetFileName(absoluteUri.AbsolutePath));

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => new(new Uri("embedded:///"),
            Path.GetFileName(relativeUri ?? ""));
    }
}
