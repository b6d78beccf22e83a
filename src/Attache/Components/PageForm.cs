using Attache.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Attache.Components;

/// <summary>An edit page's form: its <see cref="EditContext"/> and message store, and the one way a page runs a
/// save, so that a refusal of the feature code (a 400 naming fields, a 409, a stale write) lands next to the fields
/// it names instead of escaping.</summary>
public sealed class PageForm
{
    public PageForm(object model) => Start(model);

    public EditContext Context { get; private set; } = default!;

    private ValidationMessageStore store = default!;

    /// <summary>Runs the save; true when it went through. On a refusal <paramref name="refused"/> runs first (to put
    /// back an empty row, say); the form is then drawn anew with the messages.</summary>
    public async Task<bool> TrySaveAsync(IStringLocalizer L, Func<Task> save, Action? refused = null)
    {
        ProblemException problem;
        if (FormProblems.HasUnread(Context))
        {
            // A value that did not fit its field ("2.5" people) would be saved empty: the summary says which.
            return false;
        }

        try
        {
            await save();
            return true;
        }
        catch (ProblemException refusal)
        {
            problem = refusal;
        }
        catch (DbUpdateConcurrencyException)
        {
            problem = ProblemException.Stale(Messages.Stale);
        }

        if (refused is not null)
        {
            refused();
            Start(Context.Model);
        }

        FormProblems.Show(Context, store, problem, L);
        return false;
    }

    /// <summary>A message for the whole form, shown above it.</summary>
    public void Refuse(string message)
    {
        store.Add(new FieldIdentifier(Context.Model, string.Empty), message);
        Context.NotifyValidationStateChanged();
    }

    private void Start(object model)
    {
        Context = new EditContext(model);
        store = new ValidationMessageStore(Context);
    }
}
