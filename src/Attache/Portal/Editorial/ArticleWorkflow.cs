using Attache.Infrastructure;

namespace Attache.Portal.Editorial;

/// <summary>The editorial stages of one translation: an editor writes (Draft) and hands it in (InReview); a leader
/// publishes it now, schedules it for a moment, or sends it back; a published or scheduled translation can be
/// withdrawn, and a withdrawn one goes back to draft. Publishing, scheduling and withdrawing are a leader's
/// decisions. The scheduler moves a due Scheduled translation to Published itself.</summary>
public static class ArticleWorkflow
{
    public static readonly Lifecycle<TranslationStatus> Lifecycle = new(
        new Term("RecordNoun.Translation", "translation"),
        new Dictionary<TranslationStatus, TranslationStatus[]>
        {
            [TranslationStatus.Draft] = [TranslationStatus.InReview],
            [TranslationStatus.InReview] =
                [TranslationStatus.Draft, TranslationStatus.Published, TranslationStatus.Scheduled],
            [TranslationStatus.Scheduled] = [TranslationStatus.Draft, TranslationStatus.Withdrawn],
            [TranslationStatus.Published] = [TranslationStatus.Withdrawn],
            [TranslationStatus.Withdrawn] = [TranslationStatus.Draft],
        },
        TranslationStatus.Published, TranslationStatus.Scheduled, TranslationStatus.Withdrawn);
}
