namespace Showcase.Titles;

/// <summary>A curator's (or, for <see cref="MarkReevaluationDue"/>, the platform's) step on a demonstration title.</summary>
public enum TitleAction
{
    /// <summary>Factory: selected to build (Declared → Building). Pilot zone: plan goes to review (Declared → UnderReview).</summary>
    Select,

    /// <summary>Factory accepted as demonstration (Building → Recognised); zone plan approved (UnderReview → Recognised). Valid three years.</summary>
    Recognise,

    /// <summary>Not selected or not approved.</summary>
    Reject,

    /// <summary>The validity ran out (Recognised → ReevaluationDue). Done by the platform's sweep.</summary>
    MarkReevaluationDue,

    /// <summary>Re-evaluation passed: the title is kept for another three years from the decision.</summary>
    Keep,

    /// <summary>Re-evaluation failed, or the title is withdrawn: 取消称号.</summary>
    Revoke,
}
