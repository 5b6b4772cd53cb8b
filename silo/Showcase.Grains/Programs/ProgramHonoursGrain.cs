using Showcase.Audit;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Grains.Storage;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Grains.Programs;

[GrainType("program-honours")]
[CollectionAgeLimit(Minutes = IdleMinutes.Listing)]
internal sealed class ProgramHonoursGrain([PersistentState("program-honours")] IPersistentState<ProgramHonoursGrain.State> state) : Grain, IProgramHonoursGrain
{
    public Task<IReadOnlyList<ProgramHonour>> ListAsync() => Task.FromResult(state.State.Honours);

    public async Task<IReadOnlyList<ProgramHonour>> RecordAsync(IReadOnlyList<ProgramHonour> honours, Actor by)
    {
        var errors = new RuleErrors();
        foreach (var honour in honours)
        {
            errors.KnownCode(ReferenceData.Programs, honour.Direction, "honours")
                .Required(Clean.Text(honour.ProjectName), "honours", "获评项目名称")
                .Required(Clean.Text(honour.Source), "honours", "获评批次（如“2019年制造业与互联网融合发展试点示范”）");
        }

        DomainException.ThrowIfAny(errors);
        var added = honours
            .Select(h => h with { ProjectName = h.ProjectName.Trim(), Source = h.Source.Trim() })
            .Where(h => !state.State.Honours.Any(k => k.Organisation == h.Organisation && k.Direction == h.Direction))
            .DistinctBy(h => (h.Organisation, h.Direction))
            .ToArray();
        if (added.Length > 0)
        {
            await state.WriteOrRestoreAsync(new State { Honours = [.. state.State.Honours, .. added] }, this);
        }

        return state.State.Honours;
    }

    internal sealed record State
    {
        public IReadOnlyList<ProgramHonour> Honours { get; init; } = [];
    }
}
