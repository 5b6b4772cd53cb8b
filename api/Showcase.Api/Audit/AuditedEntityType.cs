using GraphQL.Types;

namespace Showcase.Api.Audit;

public sealed class AuditedEntityType : EnumerationGraphType<AuditedEntity>
{
    public AuditedEntityType()
    {
        Name = "AuditedEntity";
        Description = "The kinds of entity whose history can be read.";
    }
}
