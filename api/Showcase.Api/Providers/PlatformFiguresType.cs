using GraphQL.Types;
using Showcase.Providers;

namespace Showcase.Api.Providers;

/// <summary>The 2020 platform form's figures, one field per figure, each described by the form's own words.</summary>
public sealed class PlatformFiguresType : AutoRegisteringObjectGraphType<PlatformFigures>
{
    public PlatformFiguresType()
    {
        Name = "PlatformFigures";
        Description = "The figures of the 2020 工业互联网平台申报书; every one optional, amounts in 元.";
    }
}
