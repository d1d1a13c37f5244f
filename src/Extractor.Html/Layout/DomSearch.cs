using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>
/// The few DOM look-ups the readers make per element, table or page, without AngleSharp's general machinery: a
/// selector is parsed and its cache locked on every call, <c>TextContent</c> joins a whole subtree through a pooled
/// builder behind a process-wide lock, and <c>GetAttribute</c> lower-cases the name on every call. Documents are read
/// in parallel, so those locks were contended (about 3 % of a batch's CPU went to waiting on them).
/// </summary>
internal static class DomSearch
{
    /// <summary>
    /// The value of the attribute named <paramref name="name"/> (lower case), as <c>GetAttribute</c> gives it: the
    /// parser lower-cases HTML attribute names, and foreign (SVG, MathML) elements compare names as they are.
    /// </summary>
    public static string? Attribute(IElement element, string name)
    {
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is { } attribute && string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="root"/> has a descendant element named <paramref name="name"/> (compared like a CSS type selector: ignoring case).</summary>
    public static bool HasDescendant(INode root, string name) => FirstDescendant(root, name) is not null;

    /// <summary>The first descendant element of <paramref name="root"/> in document order named <paramref name="name"/>, like <c>QuerySelector(name)</c>.</summary>
    public static IElement? FirstDescendant(INode root, string name)
    {
        IElement? found = null;
        Walk(root, element =>
        {
            if (Named(element, name))
            {
                found = element;
                return false;
            }

            return true;
        });
        return found;
    }

    /// <summary>The descendant elements of <paramref name="root"/> in document order named one of <paramref name="names"/>, like <c>QuerySelectorAll("a, b")</c>.</summary>
    public static List<IElement> Descendants(INode root, params string[] names)
    {
        var found = new List<IElement>();
        Walk(root, element =>
        {
            foreach (var name in names)
            {
                if (Named(element, name))
                {
                    found.Add(element);
                    break;
                }
            }

            return true;
        });
        return found;
    }

    /// <summary>How many characters of <paramref name="root"/>'s text (its <c>TextContent</c>) are not whitespace, without joining the text.</summary>
    public static int VisibleTextLength(INode root)
    {
        var length = 0;
        WalkText(root, text =>
        {
            foreach (var ch in text)
            {
                if (!char.IsWhiteSpace(ch))
                {
                    length++;
                }
            }
        });
        return length;
    }

    private static bool Named(IElement element, string name) => string.Equals(element.LocalName, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Visits the descendant elements of <paramref name="root"/> in document order until <paramref name="visit"/> returns false.</summary>
    private static void Walk(INode root, Func<IElement, bool> visit) =>
        WalkNodes(root, node => NodeKinds.AsElement(node) is not { } element || visit(element));

    /// <summary>Visits the text nodes under <paramref name="root"/> in document order.</summary>
    private static void WalkText(INode root, Action<string> visit) =>
        WalkNodes(root, node =>
        {
            if (NodeKinds.AsText(node) is { } text)
            {
                visit(text.Data);
            }

            return true;
        });

    /// <summary>
    /// Visits the descendant nodes of <paramref name="root"/> in document order, entering elements only, until
    /// <paramref name="visit"/> returns false; iterative, so depth cannot overflow the stack.
    /// </summary>
    private static void WalkNodes(INode root, Func<INode, bool> visit)
    {
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((children, next + 1));
            var node = children[next];
            if (!visit(node))
            {
                return;
            }

            if (NodeKinds.AsElement(node) is { } element)
            {
                stack.Push((element.ChildNodes, 0));
            }
        }
    }
}
