using Orleans.Storage;

namespace Showcase.Grains.Storage;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// Replaces the state and writes it. If the write fails the old state is put back and the activation is asked to
    /// go away, so the next call reloads whatever storage really holds (the write may have landed after all).
    /// </summary>
    public static async Task WriteOrRestoreAsync<T>(this IPersistentState<T> state, T next, IGrainBase grain)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>The same, for a grain that holds its state itself and writes it through the grain storage (the bid grain).</summary>
    public static async Task WriteOrRestoreAsync<T>(this IGrainStorage storage, string stateName, GrainState<T> state, T next, IGrainBase grain)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await storage.WriteStateAsync(stateName, grain.GrainContext.GrainId, state);
        }
        catch
        {
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
