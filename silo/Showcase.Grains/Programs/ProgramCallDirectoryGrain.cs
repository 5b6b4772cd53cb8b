using Showcase.Programs;

namespace Showcase.Grains.Programs;

/// <summary>A portal's calls: a handful a year, so one small list. Summaries replace older versions only.</summary>
[GrainType("program-call-directory")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class ProgramCallDirectoryGrain([PersistentState("program-call-directory")] IPersistentState<ProgramCallDirectoryGrain.State> state)
    : Grain, IProgramCallDirectoryGrain
{
    public Task<IReadOnlyList<ProgramCallSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ProgramCallSummary>>(state.State.Calls.Values.OrderByDescending(c => c.RecommendationDue).ToArray());

    public async Task RecordAsync(ProgramCallSummary summary)
    {
        if (state.State.Calls.GetValueOrDefault(summary.Id.Value) is { } known && known.Version >= summary.Version)
        {
            return;
        }

        state.State.Calls[summary.Id.Value] = summary;
        await state.WriteStateAsync();
    }

    internal sealed class State
    {
        public Dictionary<string, ProgramCallSummary> Calls { get; set; } = new(StringComparer.Ordinal);
    }
}
