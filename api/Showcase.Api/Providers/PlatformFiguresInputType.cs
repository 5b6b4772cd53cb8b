using GraphQL.Types;
using Showcase.Providers;

namespace Showcase.Api.Providers;

public sealed class PlatformFiguresInputType : AutoRegisteringInputObjectGraphType<PlatformFigures>
{
    public PlatformFiguresInputType()
    {
        Name = "PlatformFiguresInput";
        Description = "The figures of the 2020 工业互联网平台申报书; leave out what does not apply. Counts cannot be negative, and a part cannot exceed its whole.";
    }
}
