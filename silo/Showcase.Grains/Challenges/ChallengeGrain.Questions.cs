using Showcase.Notifications;
using System.Security.Cryptography;
using System.Text;
using Showcase.Audit;
using Showcase.Challenges;
using Showcase.Common;

namespace Showcase.Grains.Challenges;

internal sealed partial class ChallengeGrain
{
    public const int QuestionMax = 1000;
    public const int AnswerMax = 5000;

    public Task<ChallengeQuestion> AskAsync(EntityId provider, string question, string operationId, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        var id = "q-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{provider}/{operationId}")))[..12];
        if (current.Questions.FirstOrDefault(q => q.Id == id) is { } asked)
        {
            return asked;
        }

        if (current.Status != ChallengeStatus.Open)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("NoQuestionsNow", ChallengeLabels.Status(current.Status)));
        }

        var due = current.Content.QuestionsDue ?? current.Content.BidsDue;
        if (clock.GetUtcNow() > due)
        {
            throw new DomainException(ErrorCodes.DeadlinePassed, Sentence.Of("QuestionsClosed", due is { } questionsDue ? ChinaTime.Minutes(questionsDue) : ""));
        }

        var text = RequiredText(question, QuestionMax, "question", "问题");
        var added = new ChallengeQuestion(id, provider, text, clock.GetUtcNow());
        await SaveAsync(current with { Questions = [.. current.Questions, added] });
        return added;
    });

    public Task<ChallengeSnapshot> AnswerAsync(string questionId, string answer, Actor by) => InTurnAsync(async () =>
    {
        var current = Existing();
        var question = current.Questions.FirstOrDefault(q => q.Id == questionId)
            ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchQuestion"), "questionId");
        var text = RequiredText(answer, AnswerMax, "answer", "答复");
        if (question.Answer == text)
        {
            return Committed!;
        }

        var answered = question with { Answer = text, AnsweredAt = clock.GetUtcNow() };
        var saved = await SaveAsync(Changed(current with { Questions = current.Questions.Select(q => q.Id == questionId ? answered : q).ToArray() }, by, "答疑", question.Text));
        await TellBiddersAsync(_bids.Values.Select(b => b.Provider).Append(question.Provider).Distinct(), Notice.Of("QuestionAnswered", current.Content.Title, question.Text));
        return saved;
    });
}
