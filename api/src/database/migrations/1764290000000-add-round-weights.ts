import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Source weights per assessment round (NULL: the default weights). */
export class AddRoundWeights1764290000000 implements MigrationInterface {
  name = 'AddRoundWeights1764290000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'assessment_rounds',
      new TableColumn({ name: 'weights', type: 'text', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('assessment_rounds', 'weights');
  }
}
