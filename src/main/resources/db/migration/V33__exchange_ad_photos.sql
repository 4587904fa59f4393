-- An ad may show a photo (what is offered, the job to do), checked as an image when it is sent.
ALTER TABLE sel_ad ADD COLUMN photo BYTEA;
ALTER TABLE sel_ad ADD COLUMN photo_type VARCHAR(40);
ALTER TABLE sel_ad ADD CONSTRAINT sel_ad_photo_check CHECK ((photo IS NULL) = (photo_type IS NULL));
