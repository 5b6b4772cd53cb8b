using Microsoft.Extensions.Logging;

namespace Showcase.Grains.Storage;

/// <summary>
/// What a listing that keeps a summary of each of its grains — a catalog or scenario directory, the challenge board,
/// a program call — does for one grain, and what the grain shows to reads that interleave with a change.
/// </summary>
/// <param name="MarkPendingAsync">Stores the grain's id as changing, before the grain writes.</param>
/// <param name="RecordAsync">Keeps the summary of the state just written (and clears the mark).</param>
/// <param name="Committed">Called with what storage now holds (null once deleted), before the listing hears of it.</param>
/// <param name="ForgetAsync">Drops the grain's line once its state is deleted (for grains that can be deleted).</param>
internal sealed record Listing<TState>(Func<Task> MarkPendingAsync, Func<TState, Task> RecordAsync, Action<TState?> Committed, Func<Task>? ForgetAsync = null);

/// <summary>
/// The one way a grain whose summary a listing keeps saves a change: <b>mark pending → write → record</b>, healed on
/// activation.
/// <list type="number">
/// <item>The listing stores the grain's id as pending.</item>
/// <item>The grain writes its state; a failed write puts the old state back and drops the activation, so the next call
/// reloads what storage really holds (see <see cref="PersistentStateExtensions.WriteOrRestoreAsync{T}(IPersistentState{T}, T, IGrainBase)"/>).</item>
/// <item>The listing records the new summary.</item>
/// </list>
/// If the process dies between 1 and 3, or step 3 fails, the listing still holds the stored mark, and when it next
/// activates it reads every pending id back from its grain. So a failed record is logged, not thrown: the change is
/// stored, and the caller is told so. A failed record also brings that activation about — a listing whose own write
/// failed has dropped its activation, and one whose host died is activated again on another.
/// </summary>
internal static partial class ListedSave
{
    /// <summary>Saves <paramref name="next"/> by the protocol.</summary>
    public static async Task SaveListedAsync<TState>(
        this IPersistentState<TState> state, TState next, Grain grain, Listing<TState> listing, ILogger logger)
    {
        await listing.MarkPendingAsync();
        await state.WriteOrRestoreAsync(next, grain);
        listing.Committed(next);
        try
        {
            await listing.RecordAsync(next);
        }
        catch (Exception ex)
        {
            LogListingLagging(logger, ex, grain.GetGrainId().ToString());
        }
    }

    /// <summary>
    /// Deletes the state for good: marked pending first, so a crash before the listing forgets the line still drops it
    /// when the listing reads the (now absent) grain back.
    /// </summary>
    public static async Task DeleteListedAsync<TState>(this IPersistentState<TState> state, Listing<TState> listing)
    {
        await listing.MarkPendingAsync();
        await state.ClearStateAsync();
        listing.Committed(default);
        await (listing.ForgetAsync ?? throw new InvalidOperationException("This listing does not forget its grains."))();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain} was saved but its listing did not record it; the listing reads it back when it next activates")]
    private static partial void LogListingLagging(ILogger logger, Exception exception, string grain);
}
