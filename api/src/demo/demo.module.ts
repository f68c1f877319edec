import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { PlansModule } from '../plans/plans.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [AuthModule, FrameworksModule, PlansModule],
  providers: [DemoDataService],
})
export class DemoModule {}
