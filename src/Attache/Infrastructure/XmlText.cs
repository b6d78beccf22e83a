using System.Xml.Linq;

namespace Attache.Infrastructure;

/// <summary>Text as XML 1.0 can carry it. JSON and the databases take U+0000 and the other C0 controls, XML does not
/// (XML 1.0 §2.2): inputs refuse them (<see cref="InputValidation"/>) and every XML the app writes (IATI, xlsx, docx)
/// drops whatever an older or directly stored value still holds, so one value can never break an export.</summary>
public static class XmlText
{
    /// <summary>A C0 control other than tab, line feed and carriage return: legal in JSON, illegal in XML.</summary>
    public static bool IsForbiddenControl(char c) => c < '\u0020' && c is not ('\t' or '\n' or '\r');

    public static int IndexOfForbiddenControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbiddenControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text without the characters XML 1.0 cannot hold (controls, U+FFFE/U+FFFF, lone surrogates).</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Cleans every text and attribute value of a document in place.</summary>
    public static void Clean(XContainer document)
    {
        foreach (var node in document.DescendantNodes())
        {
            if (node is XText text && !IsClean(text.Value))
            {
                text.Value = Clean(text.Value);
            }
            else if (node is XElement element)
            {
                foreach (var attribute in element.Attributes().Where(a => !IsClean(a.Value)))
                {
                    attribute.Value = Clean(attribute.Value);
                }
            }
        }
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!System.Xml.XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
