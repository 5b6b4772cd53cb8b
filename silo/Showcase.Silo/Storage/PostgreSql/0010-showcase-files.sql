-- Uploaded pictures and files (see PostgreSqlFileStore), shared by every host of the cluster. A row is written whole
-- in one statement and never changed after; Owner names what the file belongs to, which decides who may read it.
CREATE TABLE IF NOT EXISTS ShowcaseFiles (
    Tenant varchar(100) NOT NULL,
    Id varchar(100) NOT NULL,
    Owner varchar(300) NOT NULL,
    Name varchar(300),
    UploadedBy varchar(200),
    ContentType varchar(100) NOT NULL,
    Content bytea NOT NULL,
    SavedAt timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (Tenant, Id));
