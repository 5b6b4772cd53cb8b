namespace Showcase.Web.Programs;

/// <summary>The error field name the application rules give an answer (<c>answers.{form}/{field}</c>).</summary>
public static class ProgramFields
{
    public static string Of(string answerKey) => $"answers.{answerKey}";
}
