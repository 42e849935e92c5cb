module github.com/dossierhq/dossier

go 1.26.8
