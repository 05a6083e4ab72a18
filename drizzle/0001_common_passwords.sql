CREATE TABLE "common_passwords" (
	"digest" bigint PRIMARY KEY NOT NULL
);
