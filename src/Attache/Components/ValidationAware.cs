using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Attache.Components;

/// <summary>A component that shows validation messages of the enclosing form and redraws when they change.</summary>
public abstract class ValidationAware : ComponentBase, IDisposable
{
    [CascadingParameter]
    protected EditContext? Context { get; set; }

    private EditContext? subscribed;

    protected override void OnParametersSet()
    {
        if (subscribed == Context)
        {
            return;
        }

        Unsubscribe();
        subscribed = Context;
        if (subscribed is not null)
        {
            subscribed.OnValidationStateChanged += Changed;
        }
    }

    private void Changed(object? sender, ValidationStateChangedEventArgs e) => StateHasChanged();

    private void Unsubscribe()
    {
        if (subscribed is not null)
        {
            subscribed.OnValidationStateChanged -= Changed;
        }
    }

    public void Dispose()
    {
        Unsubscribe();
        GC.SuppressFinalize(this);
    }
}
